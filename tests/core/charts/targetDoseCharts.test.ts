import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { trendNSentence } from '../../../src/core/report/trendNSentence.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { histogramLayout } from '../../../src/lib/charts/histogramLayout.ts';
import { lineChartLayout } from '../../../src/lib/charts/lineChartLayout.ts';
import { targetDoseCsv, tdHistogramCsv } from '../../../src/lib/results/targetDoseCsv.ts';
import { armDoseLabel, carryChartData, estimateRows, tdBandData, tdHistogramData } from '../../../src/lib/results/targetDoseData.ts';
import { trendCsv } from '../../../src/lib/results/trendChartData.ts';

const v = validateScenario({
  name: 'Emax',
  endpoint: { type: 'continuous' },
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, relevantEffect: 0.4, unit: 'mg' },
  arms: [
    { label: 'Placebo', dose: 0, mean: 0, sd: 1 },
    { label: 'Low', dose: 2.5, sd: 1 },
    { label: 'Mid', dose: 5, sd: 1 },
    { label: 'Top', dose: 20, sd: 1 },
  ],
  analysis: { test: 'student', alpha: 0.05, sides: 1, multiplicity: 'dunnett' },
  design: { nPerArm: [10, 30, 60] },
  simulation: { sims: 300, seed: 'td-view' },
  trendTest: { estimate: { model: 'emax', tolerance: 0.3 } },
});
if (!v.ok) throw new Error(JSON.stringify(v.errors));
const s = v.scenario;
const rows = estimateRows(simulate(s).trend!);
const O = { width: 640, exportMode: false };

describe('target dose view: data and layouts (chart frame)', () => {
  it('band chart: the median per n with its 10th–90th band, and the true TD (2.5 mg) as a flat dashed line over the grid', () => {
    const d = tdBandData(s, rows);
    expect(d.series[0].points).toEqual(rows.map((t) => ({ x: t.nPerArm, y: t.tdQuantiles!.p50, lo: t.tdQuantiles!.p10, hi: t.tdQuantiles!.p90 })));
    expect(d.series[1]).toMatchObject({ label: 'true target dose (2.5 mg)', dashed: true, points: [{ x: 10, y: 2.5 }, { x: 60, y: 2.5 }] });
    expect(d.yDomain).toEqual([0, 20]);
    expect(d.notes[0]).toBe(
      'Mod step: after a significant trend test, fit by the emax model; TD̂ is the smallest dose whose fitted effect reaches Δ = 0.4; ' +
        'the true target dose is 2.5 mg; within ±30% counts as estimated.',
    );
    const L = lineChartLayout(d, O);
    expect(L.marks.areas.map((a) => a.attrs['data-band'])).toEqual([d.series[0].label]);
    expect(L.marks.dots.map((m) => Number(m.attrs['data-y']))).toEqual(rows.map((t) => t.tdQuantiles!.p50));
    // the dashed line is flat: it starts and ends at the same height
    const flat = /^M([\d.]+),([\d.]+).*?([\d.]+),([\d.]+)$/.exec(L.marks.lines[1].d)!;
    expect(flat[2]).toBe(flat[4]);
  });

  it("carry-forward chart: one line per planned dose plus 'none', summing to 1 at every n", () => {
    const d = carryChartData(s, rows);
    expect(d.series.map((x) => x.label)).toEqual(['Low (2.5 mg)', 'Mid (5 mg)', 'Top (20 mg)', 'none (not significant, or no TD̂)']);
    rows.forEach((_, i) => expect(d.series.reduce((a, x) => a + x.points[i].y, 0)).toBeCloseTo(1, 12));
    expect(lineChartLayout(d, O).marks.lines).toHaveLength(4);
    expect([armDoseLabel(s, '2.5 M cells', 2.5), armDoseLabel(s, '12.5 M', 2.5), armDoseLabel(s, 'Dose 10', 10)]).toEqual(['2.5 M cells', '12.5 M (2.5 mg)', 'Dose 10']);
  });

  it('histogram at one n: bars are shares of all trials (they sum to the share with a TD̂); true TD and ±30% as markers', () => {
    const t = rows[1];
    const d = tdHistogramData(s, t);
    expect(d.markers.map((m) => [m.x, m.label])).toEqual([[2.5, 'true 2.5'], [1.75, ''], [3.25, '']]);
    const L = histogramLayout(d, O);
    const bars = L.marks.rects.filter((r) => r.attrs['data-bin'] !== undefined);
    expect(bars).toHaveLength(t.tdHistogram!.counts.filter((c) => c > 0).length);
    expect(L.frame.legend.map((e) => e.label)).toEqual(['trials with this estimated target dose (30 per arm)']);
    const csv = tdHistogramCsv(t).split('\n');
    expect(csv[0]).toBe('nPerArm,binFrom,binTo,trials,share');
    expect(csv.slice(1).reduce((a, line) => a + Number(line.split(',')[4]), 0)).toBeCloseTo(t.tdQuantiles!.share, 12);
  });

  it('histogram y tick labels read as their values, also when the ticks are under 1 point apart', () => {
    const base = { color: '#1f77b4', label: 'trials' };
    let sawFine = false;
    for (const tallest of [4, 9, 14, 29, 120, 400]) {
      const data = { title: 't', xLabel: 'x', lo: 0, width: 1, counts: [3, tallest, 2], highlighted: [], total: 1000, base, markers: [] };
      const L = histogramLayout(data as unknown as Parameters<typeof histogramLayout>[0], O);
      for (const t of L.axes.yTicks) expect(Number(t.label.replace('%', '')) / 100, `${tallest}: ${t.label}`).toBeCloseTo(t.value, 9);
      sawFine ||= L.axes.yTicks.some((t) => t.label.includes('.'));
    }
    expect(sawFine).toBe(true);
  });

  it('CSV: one row per n with the carry-forward columns; the trend CSV holds no nested objects', () => {
    const lines = targetDoseCsv(rows).split('\n');
    expect(lines[0]).toContain('carry Low,carry Low MCSE,carry Mid,carry Mid MCSE,carry Top,carry Top MCSE,carry none,carry none MCSE');
    expect(lines).toHaveLength(4);
    expect(trendCsv(rows)).not.toContain('[object Object]');
  });
});

describe("trendNSentence: the trend view's n for the target", () => {
  const a = { target: 0.8, nPerArm: 30, power: 0.8123, error: 1e-4, refusal: null };
  it('states the closed form and, where the run has that n, the simulated figure beside it', () => {
    const t = rows[1];
    expect(trendNSentence(a, rows)).toBe(
      "In closed form (the multivariate t of DoseFinding's powMCT at the expected completers), the chance that the trend test shows a " +
        `dose-response first reaches 80% at 30 per arm (81.2% there). Simulated at 30 per arm: ${(100 * t.significant).toFixed(1)}% ` +
        `(Monte Carlo SE ${(100 * t.significantMcse).toFixed(2)}%, 300 trials).`,
    );
    expect(trendNSentence({ ...a, nPerArm: 41 }, rows)).toContain('The run does not simulate 41 per arm; at the nearest n it does, 30,');
    expect(trendNSentence({ ...a, nPerArm: null, power: null, refusal: '--solve-on trend needs the same SD in every arm (x)' }, rows)).toBe(
      'No closed-form n for the trend test: it needs the same SD in every arm (x). The simulated curve is the answer here.',
    );
    expect(trendNSentence(null, rows)).toMatch(/^Computing/);
  });
});

describe('target dose view when the planned curve never reaches Δ', () => {
  it('draws no true-TD line or markers, and every trial without a TD̂ carries none', () => {
    const w = validateScenario({ ...JSON.parse(JSON.stringify(v.ok ? v.scenario.written : {})), doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, relevantEffect: 5, unit: 'mg' }, design: { nPerArm: [10] }, simulation: { sims: 100, seed: 'no-td' } });
    if (!w.ok) throw new Error(JSON.stringify(w.errors));
    const r = estimateRows(simulate(w.scenario).trend!);
    expect(r[0].trueTargetDose).toBeNull();
    const band = tdBandData(w.scenario, r);
    expect(band.series).toHaveLength(1);
    expect(() => lineChartLayout(band, O)).not.toThrow();
    expect(tdHistogramData(w.scenario, r[0]).markers).toEqual([]);
    expect(r[0].tdCarry!.none.p).toBeCloseTo(1 - (r[0].tdQuantiles?.share ?? 0), 12);
    expect(trendNSentence(null, r)).toMatch(/^Computing/);
  });
});

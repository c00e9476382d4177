import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { interimSummary } from '../../../src/core/results/interimSummary.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { lineChartLayout } from '../../../src/lib/charts/lineChartLayout.ts';
import { barChartLayout } from '../../../src/lib/charts/barChartLayout.ts';
import { boundaryChartData, boundaryCsv, expectedNChartData, stoppingChartData } from '../../../src/lib/results/interimData.ts';

function scenario(extra: object = {}, arms = 1) {
  const r = validateScenario({
    name: 'Two looks',
    endpoint: { type: 'continuous' },
    arms: [{ label: 'Control', mean: 0, sd: 1 }, ...Array.from({ length: arms }, (_, i) => ({ label: `Drug ${i + 1}`, mean: 0.5, sd: 1 }))],
    analysis: { test: 'welch', alpha: 0.05, sides: 2, ...(arms > 1 ? { multiplicity: 'bonferroni' } : {}) },
    design: { nPerArm: { from: 40, to: 100, step: 20 }, targetPower: 0.8 },
    simulation: { sims: 400, seed: 'gs-chart' },
    interim: { informationRates: [0.5, 1], efficacy: 'obrien-fleming', ...extra },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('interim panel data and layout', () => {
  const s = scenario({ futility: { z: 0 } });
  const result = simulate(s);
  const g = interimSummary(s, result)!;

  it("takes the bounds from the engine's result, the futility z at interim looks only", () => {
    expect(g.looks.map((l) => l.efficacyZ)).toEqual(result.interim!.criticalZ);
    expect(g.looks.map((l) => l.futilityZ)).toEqual([0, null]);
    expect(g.futilityBinding).toBe(false);
    // rpact 4.x getDesignGroupSequential(kMax = 2, alpha = 0.025, typeOfDesign = "asOF", informationRates = c(0.5, 1)): 2.9625880, 1.9685956.
    expect(g.looks[0].efficacyZ!).toBeCloseTo(2.962588, 4);
    expect(g.looks[1].efficacyZ!).toBeCloseTo(1.9685956, 4);
  });

  it('expected n per arm against n from the rows, below the maximum n; stopping chances at the first n reaching the target', () => {
    const rows = result.rows.filter((r) => r.arm === 'Drug 1').sort((a, b) => a.nPerArm - b.nPerArm);
    expect(g.expectedN[0].points).toEqual(rows.map((r) => ({ nPerArm: r.nPerArm, expectedNPerArm: r.expectedNPerArm })));
    for (const p of g.expectedN[0].points) expect(p.expectedNPerArm).toBeLessThan(p.nPerArm);
    const at = rows.find((r) => r.powerBenefit >= 0.8) ?? rows[rows.length - 1];
    expect(g.stopping[0].nPerArm).toBe(at.nPerArm);
    expect(g.stopping[0].efficacy).toEqual(at.stopEfficacy);
    expect(g.stopping[0].futility).toEqual(at.stopFutility);
  });

  it('lays the bounds out as dots carrying the z values, increasing z drawn higher, the futility line dashed', () => {
    const L = lineChartLayout(boundaryChartData(s, g), { width: 640, exportMode: false });
    const eff = L.marks.dots.filter((d) => d.attrs['data-series']?.toString().startsWith('Efficacy'));
    expect(eff.map((d) => Number(d.attrs['data-y']))).toEqual(result.interim!.criticalZ);
    expect(eff[0].y).toBeLessThan(eff[1].y); // 2.80 sits above 1.98 (SVG y grows downward)
    expect(L.marks.lines.find((l) => String(l.attrs['data-series']).startsWith('Futility'))?.dash).toBe('5 4');
    expect(L.highlights.map((x) => x.label)).toEqual(['z ≥ 2.96', 'z ≥ 1.97', 'z < 0.00']);
    expect(boundaryCsv(g).split('\n')[0]).toBe('look,informationRate,efficacyZ,nominalAlpha,futilityZ');
  });

  it('a plain scenario has no interim summary; binding and several arms are labelled', () => {
    const { interim: _, ...plain } = s;
    expect(interimSummary(plain as typeof s, result)).toBeNull();
    const b = scenario({ futility: { z: 0, binding: true } }, 2);
    const gb = interimSummary(b, simulate(b))!;
    expect(boundaryChartData(b, gb).series[1].label).toContain('(binding)');
    expect(expectedNChartData(b, gb).series.map((x) => x.label)).toEqual(['Drug 1: expected n', 'Drug 2: expected n', 'Maximum n (no early stop)']);
    const bars = barChartLayout(stoppingChartData(b, gb), { width: 640, exportMode: false }).bars;
    expect(bars.map((x) => x.label)).toEqual([
      'Drug 1, look 1 (50.0%): stop for efficacy', 'Drug 1, look 1 (50.0%): stop for futility', 'Drug 1, look 2 (100.0%): stop for efficacy',
      'Drug 2, look 1 (50.0%): stop for efficacy', 'Drug 2, look 1 (50.0%): stop for futility', 'Drug 2, look 2 (100.0%): stop for efficacy',
    ]);
  });
});

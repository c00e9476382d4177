import { describe, expect, it } from 'vitest';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { histogramLayout } from '../../../src/lib/charts/histogramLayout.ts';
import { lineChartLayout } from '../../../src/lib/charts/lineChartLayout.ts';
import { compositeDefaults } from '../../../src/core/explain/sections/composite.ts';
import { perMeasureRate } from '../../../src/core/explain/independence.ts';
import { nextTrialDefaults, nextTrialScenarios, plannerHash } from '../../../src/core/explain/sections/nextTrial.ts';
import { crossing } from '../../../src/core/explain/crossing.ts';
import { percent } from '../../../src/core/report/explain/say.ts';
import { nullChart, powerChart } from '../../../src/lib/explain/figures/trialAsRun.ts';
import { nullParams, powerParams, trialAsRunDefaults } from '../../../src/core/explain/sections/trialAsRun.ts';
import { trialAsRunText } from '../../../src/core/report/explain/trialAsRun.ts';
import { decodeShareHash } from '../../../src/share/shareLink.ts';
import { presetScenario } from '../../../src/share/presets.ts';
import type { Scenario } from '../../../src/core/scenario/types.ts';

describe('section models', () => {
  const inputs = trialAsRunDefaults();
  const np = { ...nullParams(inputs, 'models'), sims: 20_000 };
  const pp = { ...powerParams(inputs, 'models'), sims: 2000 };
  const nul = runLocally('null-difference', np);
  const power = runLocally('power-by-difference', pp);

  it('section 1 text interpolates the simulated numbers, none written in', () => {
    const [, second, third] = trialAsRunText(inputs, power, nul);
    expect(third).toContain(`${(nul.sd * 100).toFixed(1)} points`);
    expect(third).toContain(`in ${percent(nul.asExtreme.value)} of such trials`);
    const at10 = power.points.find((p) => Math.abs(p.difference - 0.1) < 1e-9)!;
    expect(second).toContain(`${percent(at10.power.value)} of the time`);
    expect(trialAsRunText(inputs, null, null)[2]).toContain('…');
  });

  it('bins the null difference one responder wide, centred on multiples of 1/24 (no lattice aliasing)', () => {
    const { lo, width, count } = np.bins;
    expect(width).toBeCloseTo(1 / 24, 12);
    expect(lo + ((count - 1) / 2 + 0.5) * width).toBeCloseTo(0, 12);
    expect(np.rate).toBeCloseTo((27 * 0.37 + 24 * 0.33) / 51, 12);
  });

  it('the composite default gives the reported placebo composite rate under independence', () => {
    const p = compositeDefaults(inputs).placeboPct / 100;
    expect(p).toBeCloseTo(perMeasureRate(0.37), 12);
    expect(1 - (1 - p) ** 3).toBeCloseTo(0.37, 12);
  });

  it("section 7's scenarios validate, carry the prior sd, and round-trip through the planner link", () => {
    const i = nextTrialDefaults();
    expect(i.priorSd).toBeCloseTo(Math.sqrt((23.1 ** 2 + 70.5 ** 2) / 12), 2);
    const plans = nextTrialScenarios(presetScenario('t25fw-edss6') as Scenario, i, 'msc-np');
    for (const s of Object.values(plans)) {
      const v = validateScenario(s);
      expect(v.ok).toBe(true);
      const h = decodeShareHash(plannerHash(s));
      expect(h.kind === 'text' && JSON.parse(h.text)).toEqual(s);
    }
    expect(plans.assurance.effectPrior).toEqual({ type: 'normal', sd: i.priorSd });
    expect(plans.shrunk.effect).toMatchObject({ basis: 'shrunk', shrinkage: 0.5 });
  });

  it('crossing interpolates where a curve first reaches the target', () => {
    expect(crossing([{ x: 0, y: 0.5 }, { x: 1, y: 0.9 }], 0.8)).toBeCloseTo(0.75, 12);
    expect(crossing([{ x: 0, y: 0.5 }], 0.8)).toBeNull();
  });

  it('chart layouts: a curve per series, every bin drawn, axis titles wrapped on a phone', () => {
    const line = lineChartLayout(powerChart(inputs, power, 'models'), { width: 390, exportMode: false });
    expect(line.marks.lines.map((l) => l.d.length > 20)).toEqual([true, true]);
    expect(line.axes.xLabel.length).toBe(2);
    const wide = lineChartLayout(powerChart(inputs, power, 'models'), { width: 800, exportMode: true });
    expect(wide.axes.xLabel.length).toBe(1);
    expect(wide.frame.title.length).toBeGreaterThan(0);
    expect(wide.frame.notes.some((n) => n.text.includes('seed "models"'))).toBe(true);
    const histData = nullChart(inputs, np, nul, 'models');
    const hist = histogramLayout(histData, { width: 640, exportMode: false });
    expect(histData.counts.length).toBe(np.bins.count);
    const bins = hist.marks.rects.filter((r) => 'data-bin' in r.attrs);
    expect(bins.length).toBe(histData.counts.filter((c) => c > 0).length);
    expect(hist.marks.rects.every((r) => r.y >= hist.frame.plot.top && r.y + r.h <= hist.frame.plot.bottom + 0.05)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { ShapePrior } from '../../../src/core/effects/shapePrior.ts';
import { simulate } from '../../../src/core/engine.ts';
import type { SimulationResult } from '../../../src/core/results/types.ts';
import { trueTargetDose } from '../../../src/core/sim/trueTargetDose.ts';
import { scenario } from './helpers.ts';

// Binary placebo 0.2; every shape anchored at a rate difference of 0.32 at the top dose (20); Δ = 0.15 (rates).
const candidates = [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'exponential', delta: 8 }];
const WEIGHTS = [0.5, 0.3, 0.2];
const SIMS = 3000;
const base = (doseResponse: Record<string, unknown>, trendTest: Record<string, unknown>, seed: string) =>
  scenario({
    endpoint: { type: 'binary' },
    doseResponse: { ...doseResponse, reference: { dose: 20, effect: 0.32 }, relevantEffect: 0.15 },
    arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })),
    analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
    design: { nPerArm: [80] },
    simulation: { sims: SIMS, seed },
    trendTest: { candidates, estimate: { model: 'aic' }, ...trendTest },
  });
const mixed = base({ model: 'emax', ed50: 5 }, { shapePrior: WEIGHTS }, 'mixture');
// Each shape alone as the scenario's dose-response (same anchor): the Mod step at the planned rates, no prior.
const fixed: SimulationResult[] = candidates.map((c, m) => simulate(base(c, {}, `alone-${m}`)));
const mix = simulate(mixed).trend![0].shapeAssurance!;
const z = (a: number, sa: number, b: number, sb: number) => Math.abs(a - b) / Math.hypot(sa, sb);

describe('trendTest.shapePrior with trendTest.estimate on a binary endpoint', () => {
  it("each shape's true TD is on the rate scale, the TD of that shape as the planned dose-response", () => {
    const p = new ShapePrior(mixed, WEIGHTS);
    candidates.forEach((c, m) => {
      const want = trueTargetDose(base(c, {}, 'x'));
      expect(want).toBeGreaterThan(0);
      expect(Math.abs(p.trueTd(m, p.topPlanned) - want)).toBeLessThan(1e-9 * want);
    });
    // Emax: 0.4·d/(5 + d) = 0.15 at d = 3 (eMax 0.32/0.8)
    expect(p.trueTd(0, p.topPlanned)).toBeCloseTo(3, 12);
  });

  it("each shape's tdEstimated in the mixture matches that shape run alone, and the whole their weighted average (|z| ≤ 4)", () => {
    mix.byShape.forEach((b, m) => {
      const t = fixed[m].trend![0];
      expect(t.tdEstimated!).toBeGreaterThan(0.1);
      expect(z(b.tdEstimated!, b.tdEstimatedMcse!, t.tdEstimated!, t.tdEstimatedMcse!), `${b.shape}: ${b.tdEstimated} vs alone ${t.tdEstimated}`).toBeLessThan(4);
    });
    const avg = WEIGHTS.reduce((a, w, m) => a + w * fixed[m].trend![0].tdEstimated!, 0);
    const avgSe = Math.sqrt(WEIGHTS.reduce((a, w, m) => a + (w * fixed[m].trend![0].tdEstimatedMcse!) ** 2, 0));
    expect(z(mix.tdEstimated!, mix.tdEstimatedMcse!, avg, avgSe), `${mix.tdEstimated} vs ${avg}`).toBeLessThan(4);
    // The shapes' true TDs (3, 9.4 and 14.6) and chances differ (Emax ~0.32, linear ~0.6), so judging a trial against
    // the wrong shape's TD would show
    expect(fixed[1].trend![0].tdEstimated! - fixed[0].trend![0].tdEstimated!).toBeGreaterThan(0.15);
  });
});

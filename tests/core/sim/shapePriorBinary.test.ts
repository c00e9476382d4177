import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ShapePrior } from '../../../src/core/effects/shapePrior.ts';
import { simulate } from '../../../src/core/engine.ts';
import type { SimulationResult } from '../../../src/core/results/types.ts';
import { scenario } from './helpers.ts';

/** R's simulation of MCTtest(type = "general") at each shape's true rates (tests/fixtures/shapePriorBinary/make_shape_binary.R). */
interface ShapeCase {
  shape: string;
  candidate: { model: string; ed50?: number; delta?: number };
  rates: number[];
  sims: number;
  significant: number;
  powMCT: number;
}
const fx: { doses: number[]; placebo: number; topDifference: number; nPerArm: number; alpha: number; shapes: ShapeCase[] } = JSON.parse(
  readFileSync(new URL('../../fixtures/shapePriorBinary/shapeBinary.json', import.meta.url), 'utf8'),
);
const candidates = fx.shapes.map((s) => s.candidate);
const WEIGHTS = [0.4, 0.3, 0.2, 0.1];
const SIMS = 4000;
// Binary placebo 0.2 and three doses; every shape anchored at a rate difference of 0.25 at the top dose (20).
const base = (doseResponse: Record<string, unknown>, trendTest: Record<string, unknown>, seed: string, extra: Record<string, unknown> = {}) =>
  scenario({
    endpoint: { type: 'binary' },
    doseResponse: { ...doseResponse, reference: { dose: 20, effect: fx.topDifference } },
    arms: fx.doses.map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: fx.placebo } : {}) })),
    analysis: { test: 'chi-square', alpha: fx.alpha, sides: 1 },
    design: { nPerArm: [fx.nPerArm] },
    simulation: { sims: SIMS, seed },
    trendTest: { candidates, ...trendTest },
    ...extra,
  });
const mixed = base({ model: 'emax', ed50: 5 }, { shapePrior: WEIGHTS }, 'mixture');
// Each shape alone as the fixed dose-response model with the same anchor: power at planned rates, no prior at all.
const fixed: SimulationResult[] = fx.shapes.map((c, m) => simulate(base(c.candidate, {}, `alone-${m}`)));
const mix = simulate(mixed);

/** |z| ≤ 3 for a difference of independent estimates with these standard errors. */
const within = (a: number, b: number, ...se: number[]) => Math.abs(a - b) <= 3 * Math.hypot(...se) + 1e-12;
const se = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);

describe('trendTest.shapePrior on a binary endpoint: rates along each shape on the probability scale', () => {
  it("each shape's true rates are R's (placebo + T·(f(d) − f(0))/(f(top) − f(0)) from DoseFinding's model functions)", () => {
    const p = new ShapePrior(mixed, WEIGHTS);
    fx.shapes.forEach((c, m) => fx.doses.forEach((_, j) => expect(Math.abs(p.value(m, j, p.topPlanned) - c.rates[j])).toBeLessThan(1e-12)));
  });

  it("each shape's trend-test power matches an R simulation of MCTtest(type = 'general') at those rates (|z| ≤ 3)", () => {
    fx.shapes.forEach((c, m) => {
      const t = fixed[m].trend![0];
      expect(within(t.significant, c.significant, t.significantMcse, se(c.significant, c.sims)), `${c.shape}: ${t.significant} vs R ${c.significant}`).toBe(true);
      const b = mix.trend![0].shapeAssurance!.byShape[m];
      expect(within(b.significant, c.significant, b.significantMcse, se(c.significant, c.sims)), `${c.shape} in the mixture: ${b.significant} vs R ${c.significant}`).toBe(true);
    });
  });

  it('the shape-averaged assurance per dose and of the trend test is the weighted average of each shape run alone (|z| ≤ 3)', () => {
    const avg = (f: (r: SimulationResult) => number) => WEIGHTS.reduce((a, w, m) => a + w * f(fixed[m]), 0);
    const avgSe = (f: (r: SimulationResult) => number) => Math.sqrt(WEIGHTS.reduce((a, w, m) => a + (w * f(fixed[m])) ** 2, 0));
    mix.rows.forEach((r, i) => {
      const want = avg((x) => x.rows[i].power);
      expect(within(r.assurance!, want, r.assuranceMcse!, avgSe((x) => x.rows[i].mcse)), `${r.arm}: ${r.assurance} vs ${want}`).toBe(true);
    });
    // The shapes differ enough at the low dose for a wrong weighting to show: Emax 35.6% against exponential 21.9% there.
    expect(fixed[0].rows[0].power - fixed[2].rows[0].power).toBeGreaterThan(0.2);
    const a = mix.trend![0].shapeAssurance!;
    const want = avg((x) => x.trend![0].significant);
    expect(within(a.significant, want, a.significantMcse, avgSe((x) => x.trend![0].significantMcse)), `trend: ${a.significant} vs ${want}`).toBe(true);
    expect(a.sims).toBe(SIMS);
  });

  it("exact: weight 1 on the assumed shape gives, trial for trial, the effect prior's assurance without a shape prior", () => {
    const prior = { effectPrior: { type: 'normal', sd: 0.08 } };
    const assumed = simulate(base({ model: 'emax', ed50: 5 }, { shapePrior: [1, 0, 0, 0] }, 'same', prior));
    const plain = simulate(base({ model: 'emax', ed50: 5 }, {}, 'same', prior));
    assumed.rows.forEach((r, i) => expect(r.assurance).toBe(plain.rows[i].assurance));
    assumed.rows.forEach((r, i) => expect(r.power).toBe(plain.rows[i].power));
  });
});

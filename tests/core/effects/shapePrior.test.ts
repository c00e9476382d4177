import { describe, expect, it } from 'vitest';
import { ShapePrior, topDoseArm } from '../../../src/core/effects/shapePrior.ts';
import type { TrialGenerator } from '../../../src/core/sim/generators/types.ts';
import { scenario } from '../sim/helpers.ts';

// Shrunk by half: the planned effect at the top dose (20) is 0.5 · 0.6 · (20/25)/(10/15) = 0.36.
const s = scenario({
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.6 }, relevantEffect: 0.2 },
  arms: [0, 5, 20, 10].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 1 } : {}) })),
  effect: { basis: 'shrunk', shrinkage: 0.5 },
  trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'quadratic', delta: -0.04 }], shapePrior: [0.5, 0, 0.5] },
});
const values: number[] = [];
const gen = { setArmValue: (j: number, v: number) => (values[j] = v) } as unknown as TrialGenerator;

describe('ShapePrior: every shape anchored at the top-dose effect', () => {
  const p = new ShapePrior(s, s.trendTest.shapePrior!);
  it('the top dose is the highest dose whatever the arm order; T is its planned (shrunk) effect, moved by the prior draw', () => {
    expect(topDoseArm(s)).toBe(2);
    expect(p.anchor(0)).toBeCloseTo(0.36, 12);
    expect(p.anchor(0.1)).toBeCloseTo(0.36 + 0.1 * (20 / 25) / (10 / 15), 12); // the top arm moves by f(20)/f(10)
  });

  it('arm values follow each shape through the anchor; the assumed shape gives the planned means', () => {
    p.setArms(gen, 1, 0.36); // linear: 0.36 · d/20
    expect(values.slice(1)).toEqual([1 + 0.36 * 0.25, 1 + 0.36, 1 + 0.36 * 0.5].map((v) => expect.closeTo(v, 12)));
    p.setArms(gen, 0, 0.36); // Emax: the planned curve
    expect(values[1]).toBeCloseTo(1 + 0.3 * (5 / 10) / (10 / 15), 12);
    p.setArms(gen, 2, 0.36); // umbrella d − 0.04d²: f(20) = 4, f(5) = 4, f(10) = 6
    expect(values.slice(1)).toEqual([1.36, 1.36, 1.54].map((v) => expect.closeTo(v, 12)));
  });

  it("each trial's true TD is its shape's, at its own anchor (closed forms)", () => {
    expect(p.trueTd(1, 0.36)).toBeCloseTo((0.2 / 0.36) * 20, 10); // linear: Δ/T · top
    expect(p.trueTd(0, 0.36)).toBeCloseTo((0.2 * 5) / (0.36 * 1.25 - 0.2), 10); // Emax: Δ·ED50/(eMax − Δ), eMax = T·(25/20)
    expect(p.trueTd(1, 0.1)).toBeNaN(); // never reaches Δ within the doses
  });

  it('draws shapes by their weights and never one of weight 0', () => {
    expect([0.001, 0.4999, 0.5001, 0.999999].map((u) => p.pick(u))).toEqual([0, 0, 2, 2]);
  });
});

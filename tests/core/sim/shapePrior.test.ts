import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import type { SimulationResult } from '../../../src/core/results/types.ts';
import { scenario } from './helpers.ts';

// Placebo and four doses, Emax truth (ED50 5), a modest effect so that every probability is away from 0 and 1.
const candidates = [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'exponential', delta: 8 }, { model: 'quadratic', delta: -0.033 }];
const WEIGHTS = [0.4, 0.3, 0.2, 0.1];
const SIMS = 3000;
const base = (trendTest: Record<string, unknown>, seed: string, extra: Record<string, unknown> = {}) =>
  scenario({
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.4 }, relevantEffect: 0.25 },
    arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
    analysis: { test: 'student', alpha: 0.05, sides: 1 },
    design: { nPerArm: [15, 40] },
    simulation: { sims: SIMS, seed },
    effectPrior: { type: 'normal', sd: 0.15 },
    trendTest: { candidates, estimate: { model: 'aic', tolerance: 0.3 }, ...trendTest },
    ...extra,
  });
const oneHot = (m: number) => WEIGHTS.map((_, j) => (j === m ? 1 : 0));

/** |mixture − Σ wₘ·shapeₘ| within 4 combined MCSEs (independent runs: variances add). */
function agrees(mix: number, mixSe: number, parts: { p: number; se: number }[]): boolean {
  const avg = parts.reduce((a, x, m) => a + WEIGHTS[m] * x.p, 0);
  const se = Math.sqrt(mixSe ** 2 + parts.reduce((a, x, m) => a + (WEIGHTS[m] * x.se) ** 2, 0));
  return Math.abs(mix - avg) <= 4 * se + 1e-12;
}

describe('trendTest.shapePrior: assurance across dose-response shapes', () => {
  const mix = simulate(base({ shapePrior: WEIGHTS }, 'mixture'));
  const alone: SimulationResult[] = WEIGHTS.map((_, m) => simulate(base({ shapePrior: oneHot(m) }, `alone-${m}`)));

  it('per dose × n assurance, trend significance and tdEstimated equal the weighted average of each shape run alone', () => {
    mix.rows.forEach((r, i) => {
      const parts = alone.map((a) => ({ p: a.rows[i].assurance!, se: a.rows[i].assuranceMcse! }));
      expect(agrees(r.assurance!, r.assuranceMcse!, parts), `${r.arm} n=${r.nPerArm}: ${r.assurance} vs ${parts.map((x) => x.p)}`).toBe(true);
    });
    // The shapes really differ, so a wrong weighting would show: at D10, n = 40, Emax ~0.55 against exponential ~0.13.
    const d10 = mix.rows.findIndex((r) => r.arm === 'D10' && r.nPerArm === 40);
    expect(alone[0].rows[d10].assurance! - alone[2].rows[d10].assurance!).toBeGreaterThan(0.3);
    mix.trend!.forEach((t, i) => {
      const a = t.shapeAssurance!;
      const parts = alone.map((x) => x.trend![i].shapeAssurance!);
      expect(agrees(a.significant, a.significantMcse, parts.map((p) => ({ p: p.significant, se: p.significantMcse })))).toBe(true);
      expect(agrees(a.tdEstimated!, a.tdEstimatedMcse!, parts.map((p) => ({ p: p.tdEstimated!, se: p.tdEstimatedMcse! })))).toBe(true);
    });
  });

  it('each trial draws its shape with the prior weights; the per-shape counts add up to the whole', () => {
    for (const t of mix.trend!) {
      const a = t.shapeAssurance!;
      expect(a.sims).toBe(SIMS);
      a.byShape.forEach((b, m) => {
        expect(b.weight).toBe(WEIGHTS[m]);
        expect(Math.abs(b.sims / SIMS - WEIGHTS[m])).toBeLessThan(4 * Math.sqrt((WEIGHTS[m] * (1 - WEIGHTS[m])) / SIMS));
      });
      expect(a.byShape.reduce((x, b) => x + b.significant * b.sims, 0) / SIMS).toBeCloseTo(a.significant, 12);
    }
  });

  it('exact: weight 1 on the assumed shape gives, trial for trial, the effect prior\'s assurance without a shape prior', () => {
    // Shape draws use their own stream, so the data streams are those of the run without the shape prior; the assumed
    // shape anchored at the top dose is the planned curve (to rounding), moved by the same effect-prior draw.
    const assumed = simulate(base({ shapePrior: oneHot(0) }, 'same'));
    const plain = simulate(base({}, 'same'));
    assumed.rows.forEach((r, i) => expect(r.assurance).toBe(plain.rows[i].assurance));
    expect(plain.trend![0].shapeAssurance).toBeUndefined();
  });

  it('power and the trend test at the planned effect do not move; the same seed gives the same result', () => {
    const plain = simulate(base({}, 'mixture'));
    mix.rows.forEach((r, i) => expect(r.power).toBe(plain.rows[i].power));
    mix.trend!.forEach((t, i) => expect({ ...t, shapeAssurance: undefined }).toEqual({ ...plain.trend![i], shapeAssurance: undefined }));
    const again = simulate(base({ shapePrior: WEIGHTS }, 'mixture'));
    expect({ ...again, elapsedMs: 0 }).toEqual({ ...mix, elapsedMs: 0 });
  });

  it('without an effect prior only the shape varies: a linear truth anchored at the top dose loses power at the low doses', () => {
    const lin = simulate(base({ shapePrior: oneHot(1) }, 'lin', { effectPrior: undefined }));
    const low = lin.rows.find((r) => r.arm === 'D2.5' && r.nPerArm === 40)!;
    expect(low.assurance!).toBeLessThan(low.power - 4 * Math.hypot(low.mcse, low.assuranceMcse!));
  });
});

import { describe, expect, it } from 'vitest';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { Phi, binomialPmf, phi, simpson, tol } from './helpers.ts';

const base = {
  seed: 'composite-test',
  sims: 20_000,
  nControl: 27,
  nTreatment: 24,
  placebo: [[0.1, 0.2, 0.05]],
  component: 1,
  effect: 0.15,
  rho: 0,
  test: 'chi-square' as const,
  alpha: 0.05,
};

function chiSquarePower(p0: number, p1: number, n0: number, n1: number): number {
  const a = binomialPmf(n0, p0);
  const b = binomialPmf(n1, p1);
  let power = 0;
  for (let x0 = 0; x0 <= n0; x0++)
    for (let x1 = 0; x1 <= n1; x1++) {
      const p = (x0 + x1) / (n0 + n1);
      if (p > 0 && p < 1 && Math.abs((x1 / n1 - x0 / n0) / Math.sqrt(p * (1 - p) * (1 / n0 + 1 / n1))) > 1.959963984540054) power += a[x0] * b[x1];
    }
  return power;
}

describe('composite of improvements', () => {
  const r = runLocally('composite', base).points[0];

  it('placebo composite rate is 1 − Π(1 − pⱼ) for independent components', () => {
    const exact = 1 - 0.9 * 0.8 * 0.95;
    expect(Math.abs(r.compositeRates[0] - exact)).toBeLessThan(tol(exact, base.sims * 27));
    const treated = 1 - 0.9 * 0.65 * 0.95;
    expect(Math.abs(r.compositeRates[1] - treated)).toBeLessThan(tol(treated, base.sims * 24));
    expect(Math.abs(r.singleRates[0] - 0.2)).toBeLessThan(tol(0.2, base.sims * 27));
  });

  it('power of the composite and of the single component match exact enumeration at those rates', () => {
    const comp = chiSquarePower(1 - 0.9 * 0.8 * 0.95, 1 - 0.9 * 0.65 * 0.95, 27, 24);
    const single = chiSquarePower(0.2, 0.35, 27, 24);
    expect(Math.abs(r.composite.value - comp)).toBeLessThan(tol(comp, base.sims));
    expect(Math.abs(r.single.value - single)).toBeLessThan(tol(single, base.sims));
    expect(r.composite.value).toBeLessThan(r.single.value);
  });

  it('with correlated components, matches the Gaussian-copula integral over the shared factor', () => {
    const rho = 0.5;
    const q = [0.1, 0.2, 0.05].map((p) => {
      let lo = -10;
      let hi = 10;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (Phi(mid) < p) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    });
    const none = simpson((c) => phi(c) * q.reduce((acc, qj) => acc * (1 - Phi((qj - Math.sqrt(rho) * c) / Math.sqrt(1 - rho))), 1), -8, 8, 400);
    const rr = runLocally('composite', { ...base, rho }).points[0];
    expect(Math.abs(rr.compositeRates[0] - (1 - none))).toBeLessThan(tol(1 - none, base.sims * 27));
    expect(rr.compositeRates[0]).toBeLessThan(r.compositeRates[0]);
  });
});

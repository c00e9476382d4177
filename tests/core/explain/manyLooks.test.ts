import { describe, expect, it } from 'vitest';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { Phi, phi, simpson, tol } from './helpers.ts';

const sims = 100_000;

describe('many looks', () => {
  it('independent comparisons: P(any p < α) = 1 − (1 − α)^K', () => {
    const r = runLocally('many-looks', { seed: 'looks-test', sims, kMax: 20, rho: 0, alpha: 0.05 });
    for (const p of r.points) {
      const exact = 1 - 0.95 ** p.k;
      expect(p.independent).toBeCloseTo(exact, 12);
      expect(Math.abs(p.anySignificant.value - exact)).toBeLessThan(tol(exact, sims));
    }
  });

  it('correlated comparisons: matches the integral over the shared factor, and is lower', () => {
    const rho = 0.5;
    const r = runLocally('many-looks', { seed: 'looks-test', sims, kMax: 12, rho, alpha: 0.05 });
    const z = 1.959963984540054;
    for (const k of [1, 4, 12]) {
      const inside = (c: number) => Phi((z - Math.sqrt(rho) * c) / Math.sqrt(1 - rho)) - Phi((-z - Math.sqrt(rho) * c) / Math.sqrt(1 - rho));
      const exact = 1 - simpson((c) => phi(c) * inside(c) ** k, -8, 8, 400);
      const p = r.points[k - 1];
      expect(Math.abs(p.anySignificant.value - exact)).toBeLessThan(tol(exact, sims));
      if (k > 1) expect(p.anySignificant.value).toBeLessThan(p.independent);
    }
  });
});

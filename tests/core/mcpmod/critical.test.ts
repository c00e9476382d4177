import { describe, expect, it } from 'vitest';
import { dunnettCritical } from '../../../src/core/distributions/dunnett.ts';
import { normalQuantile } from '../../../src/core/distributions/normal.ts';
import { tQuantile } from '../../../src/core/distributions/studentT.ts';
import { maxContrastCritical, maxContrastCriticalDetail } from '../../../src/core/mcpmod/critical.ts';
import { fx, num } from './fixtures.ts';

const equi = (k: number, rho: number) => Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1 : rho)));

describe('maxContrastCritical', () => {
  it('matches scipy multivariate_t/normal (full rank) and exact angular quadrature (rank 2) within ±0.002 and its stated error', () => {
    expect(fx.critical.length).toBe(9);
    for (const r of fx.critical) {
      const { q, error } = maxContrastCriticalDetail(r.correlation, num(r.df), r.alpha);
      const label = `${r.case}, ν=${r.df}, α=${r.alpha}: ${q} vs ${r.q}`;
      expect(Math.abs(q - r.q), label).toBeLessThan(2e-3);
      // stated bound (3 SE of ours) + 3 SE of scipy's randomised estimate + slack for the Illinois tolerance
      expect(Math.abs(q - r.q), label).toBeLessThan(error + 3 * r.noise + 1e-4);
      expect(error).toBeLessThan(2e-3);
    }
  });

  it('the references themselves pass a plain Monte Carlo check (4e6 draws, 4 SE)', () => {
    for (const r of fx.critical) {
      const p = 1 - r.alpha;
      expect(Math.abs(r.mcCdfAtQ - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 4e6));
    }
  });

  it("equicorrelated ρ = ½ is Dunnett's one-sided many-to-one value (exact quadrature in src/core/distributions)", () => {
    for (const k of [2, 3, 4, 5, 6]) {
      for (const df of [10, 30, Infinity]) {
        const ref = dunnettCritical(0.05, new Array(k).fill(Math.SQRT1_2), df, 1);
        const { q, error } = maxContrastCriticalDetail(equi(k, 0.5), df, 0.05);
        expect(Math.abs(q - ref), `k=${k}, ν=${df}`).toBeLessThan(Math.min(1e-3, error + 1e-4));
      }
    }
    expect(maxContrastCritical(equi(2, 0.5), Infinity, 0.05)).toBeCloseTo(1.916, 3); // JSDoc example
  });

  it('independent normals give Šidák exactly: Φ⁻¹((1 − α)^(1/k)), for k = 3 (area-preserving map) and 6 (Gaussian map)', () => {
    for (const k of [3, 6]) {
      const q = maxContrastCritical(equi(k, 0), Infinity, 0.05);
      expect(q).toBeCloseTo(normalQuantile(Math.pow(0.95, 1 / k)), 3);
    }
  });

  it('degenerate correlations: one statistic, exact duplicates, and T vs −T', () => {
    expect(maxContrastCritical([[1]], 17, 0.05)).toBe(tQuantile(0.95, 17));
    expect(maxContrastCritical(equi(3, 1), 17, 0.05)).toBeCloseTo(tQuantile(0.95, 17), 6);
    expect(maxContrastCritical([[1, -1], [-1, 1]], 9, 0.1)).toBeCloseTo(tQuantile(0.95, 9), 6);
  });

  it('is deterministic and cached; NaN for invalid input', () => {
    const R = fx.critical[0].correlation;
    const a = maxContrastCriticalDetail(R, 40, 0.05);
    maxContrastCritical(equi(3, 0.3), 40, 0.05);
    expect(maxContrastCriticalDetail(R, 40, 0.05)).toEqual(a);
    expect(maxContrastCritical(R, 0, 0.05)).toBeNaN();
    expect(maxContrastCritical(R, 40, 0)).toBeNaN();
    expect(maxContrastCritical(R, 40, NaN)).toBeNaN();
    expect(maxContrastCritical([[1, NaN], [NaN, 1]], 40, 0.05)).toBeNaN();
    expect(maxContrastCritical([[1, 2], [2, 1]], 40, 0.05)).toBeNaN(); // not a correlation matrix
    expect(maxContrastCritical([], 40, 0.05)).toBeNaN();
  });
});

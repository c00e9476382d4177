import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/core/distributions/normal.ts';
import { noncentralTCdf, noncentralTSf } from '../../../src/core/distributions/noncentralT.ts';
import { tCdf } from '../../../src/core/distributions/studentT.ts';
import { failures, loadFixture, num, type Check, type Num } from './fixtures.ts';

const fx = loadFixture('dist').nct as {
  values: { t: number; df: number; ncp: number; cdf: Num; sf: Num }[];
  independent: { t: number; df: number; ncp: number; cdf: Num; scipy: Num }[];
};

describe('noncentral t (AS 243, summed outward from the Poisson mode)', () => {
  it('cdf and sf vs scipy.stats.nct (Boost): ≤ 1e-11 absolute for ncp −40…40, df 1…1e6 (non-integer too), t < 0 too', () => {
    const checks: Check[] = [];
    for (const r of fx.values) {
      const label = `(${r.t}; ${r.df}, ${r.ncp})`;
      checks.push({ label: `cdf${label}`, actual: noncentralTCdf(r.t, r.df, r.ncp), expected: num(r.cdf) });
      checks.push({ label: `sf${label}`, actual: noncentralTSf(r.t, r.df, r.ncp), expected: num(r.sf) });
    }
    expect(checks.length).toBeGreaterThan(2400);
    expect(failures(checks, 0, 1e-11)).toEqual([]);
  });

  it('hard cases vs an independent mpmath integral ∫Φ(ts − δ)f_S(s)ds: ≤ 1e-12 absolute', () => {
    const checks = fx.independent.map((r) => ({
      label: `cdf(${r.t}; ${r.df}, ${r.ncp})`,
      actual: noncentralTCdf(r.t, r.df, r.ncp),
      expected: num(r.cdf),
    }));
    expect(failures(checks, 0, 1e-12)).toEqual([]);
  });

  it('does not collapse for large ncp (the jstat trap): P(T ≤ 40; ν=1, δ=40) ≈ 0.31', () => {
    const v = noncentralTCdf(40, 1, 40);
    expect(v).toBeGreaterThan(0.3);
    expect(v).toBeLessThan(0.33);
  });

  it('reduces to the central t at δ = 0 and to the normal at df = ∞; cdf + sf = 1', () => {
    for (const [t, df] of [[-2, 3], [0.4, 7.5], [5, 30]]) expect(noncentralTCdf(t, df, 0)).toBeCloseTo(tCdf(t, df), 14);
    expect(noncentralTCdf(1.7, Infinity, 2.2)).toBe(normalCdf(1.7 - 2.2));
    for (const [t, df, d] of [[1, 5, 2], [-3, 12.5, -1], [30, 1e4, 29]])
      expect(noncentralTCdf(t, df, d) + noncentralTSf(t, df, d)).toBeCloseTo(1, 14);
  });

  it('edge cases and NaN', () => {
    expect(noncentralTCdf(0, 5, 1.5)).toBeCloseTo(normalCdf(-1.5), 15);
    expect(noncentralTCdf(Infinity, 5, 3)).toBe(1);
    expect(noncentralTCdf(-Infinity, 5, 3)).toBe(0);
    expect(noncentralTCdf(1, 0, 1)).toBeNaN();
    expect(noncentralTCdf(1, 5, NaN)).toBeNaN();
    expect(noncentralTCdf(NaN, 5, 1)).toBeNaN();
    expect(noncentralTSf(1, 5, Infinity)).toBeNaN();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regLowerGamma, regUpperGamma } from '../../../src/core/distributions/gammaFn.ts';
import { noncentralTCdf, noncentralTSf } from '../../../src/core/distributions/noncentralT.ts';
import { tTestPower } from '../../../src/core/power/tTestPower.ts';
import { failures, type Check } from './fixtures.ts';

/** mpmath 40-digit quadrature of ∫Φ(ts − δ)f_S(s)ds (tests/fixtures/distributions/make_nct_large_fixtures.py). */
const fx = JSON.parse(readFileSync(new URL('../../fixtures/distributions/nct-large.json', import.meta.url), 'utf8')) as {
  values: { t: number; df: number; ncp: number; cdf: number; sf: number }[];
};

describe('noncentral t at large noncentrality (issue 9: the series never ended once λ = δ²/2 passed 2⁵³)', () => {
  it('cdf and sf vs an independent mpmath integral for δ 320…1e7, df 1…1e9: ≤ 1e-13 absolute', () => {
    const checks: Check[] = [];
    for (const r of fx.values) {
      const label = `(${r.t}; ${r.df}, ${r.ncp})`;
      checks.push({ label: `cdf${label}`, actual: noncentralTCdf(r.t, r.df, r.ncp), expected: r.cdf });
      checks.push({ label: `sf${label}`, actual: noncentralTSf(r.t, r.df, r.ncp), expected: r.sf });
    }
    expect(checks.length).toBe(448);
    expect(failures(checks, 0, 1e-13)).toEqual([]);
  });

  it('ends for any δ, however large (2e7 took ~10 s; past δ ≈ 1.3e8 it never ended: the test timeout would catch it)', () => {
    for (const delta of [2e7, 1.35e8, 1e10, 5e9, 1e20, 1e154, 1e300, Number.MAX_VALUE]) {
      for (const [t, df] of [[1.96, 38], [2, 1], [delta, 10], [delta * 1.001, 1e6], [0.5, 1e300]]) {
        const sf = noncentralTSf(t, df, delta);
        const cdf = noncentralTCdf(t, df, delta);
        expect(sf + cdf, `sf + cdf (${t}; ${df}, ${delta})`).toBeCloseTo(1, 12);
        const neg = noncentralTCdf(-t, df, -delta);
        expect(neg).toBeCloseTo(sf, 12);
      }
    }
  });

  it('power saturates at 1 to machine precision (sd 1e-9, difference 1: δ ≈ 2e9)', () => {
    expect(tTestPower(1 / (1e-9 * Math.sqrt(2 / 20)), 38, 0.05, 2)).toBe(1);
    expect(tTestPower(1e6 / Math.sqrt(2 / 1e5), 2e5 - 2, 0.05, 2)).toBe(1);
    expect(tTestPower(-1e12, 10, 0.05, 1)).toBe(0);
  });

  it("incomplete gamma for a > 1e7 near the mean (Temme's expansion) vs mpmath", () => {
    // mpmath.gammainc(a, x, inf, regularized=True) at 40 digits
    const cases: [number, number, number][] = [
      [5e8, 5e8, 0.49999405291961274],
      [1e8, 100099999.99999999, 7.877856178696782e-24],
      [1e9, 999970000, 0.8286088763247181],
    ];
    for (const [a, x, q] of cases) {
      expect(Math.abs(regUpperGamma(a, x) - q)).toBeLessThan(1e-14 + 1e-12 * q);
      expect(Math.abs(regLowerGamma(a, x) - (1 - q))).toBeLessThan(1e-14);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/core/distributions/normal.ts';
import { tCdf, tPdf, tQuantile, tSf } from '../../../src/core/distributions/studentT.ts';
import { failures, loadFixture, num, type Check, type Num } from './fixtures.ts';

const fx = loadFixture('dist').t as {
  values: { t: number; df: number; cdf: Num; sf: Num; src: string }[];
  quantiles: { p: number; df: number; q: Num; src: string }[];
};

describe('Student t vs mpmath (incomplete beta at 50 digits) / scipy', () => {
  it('cdf and sf: 1e-13 relative in both tails; df from 0.3 to 1e14 (incl. non-integer), |t| up to 1e200', () => {
    const checks: Check[] = [];
    for (const r of fx.values) {
      const label = `(${r.t}; ${r.df}) [${r.src}]`;
      if (num(r.cdf) > 1e-300) checks.push({ label: `cdf${label}`, actual: tCdf(r.t, r.df), expected: num(r.cdf) });
      if (num(r.sf) > 1e-300) checks.push({ label: `sf${label}`, actual: tSf(r.t, r.df), expected: num(r.sf) });
    }
    expect(checks.length).toBeGreaterThan(550);
    expect(failures(checks, 1e-13)).toEqual([]);
  });

  it('quantile: 1e-12 relative (1e-15 absolute near the median), p down to 1e-300', () => {
    const checks = fx.quantiles.map((r) => ({ label: `q(${r.p}; ${r.df}) [${r.src}]`, actual: tQuantile(r.p, r.df), expected: num(r.q) }));
    expect(checks.length).toBeGreaterThan(150);
    expect(failures(checks, 1e-12, 1e-15)).toEqual([]);
  });

  it('round trip tCdf(tQuantile(p)) = p to 1e-13 relative', () => {
    for (const df of [1, 2, 2.5, 7, 40, 1e3, 1e7])
      for (const p of [1e-12, 1e-6, 0.01, 0.2, 0.5, 0.8, 0.975]) {
        const q = tQuantile(p, df);
        expect(Math.abs(tCdf(q, df) / p - 1)).toBeLessThan(1e-13);
      }
  });

  it('df = Infinity is the normal; very large df converges to it', () => {
    expect(tCdf(1.3, Infinity)).toBe(normalCdf(1.3));
    expect(tQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(Math.abs(tCdf(-2, 1e15) - normalCdf(-2))).toBeLessThan(1e-15);
  });

  it('pdf integrates to the cdf (Simpson on [0, 3], df = 4.5)', () => {
    const n = 600;
    const h = 3 / n;
    let s = tPdf(0, 4.5) + tPdf(3, 4.5);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * tPdf(i * h, 4.5);
    expect((s * h) / 3).toBeCloseTo(tCdf(3, 4.5) - 0.5, 11);
  });

  it('edge cases', () => {
    expect(tCdf(0, 3)).toBe(0.5);
    expect(tCdf(Infinity, 3)).toBe(1);
    expect(tSf(-Infinity, 3)).toBe(1);
    expect(tQuantile(0, 5)).toBe(-Infinity);
    expect(tQuantile(1, 5)).toBe(Infinity);
    expect(tQuantile(0.5, 5)).toBe(0);
    expect(tQuantile(1e-300, 0.3)).toBe(-Infinity); // beyond the double range for ν < 1
    expect(tCdf(1, 0)).toBeNaN();
    expect(tCdf(NaN, 3)).toBeNaN();
    expect(tQuantile(2, 3)).toBeNaN();
  });
});

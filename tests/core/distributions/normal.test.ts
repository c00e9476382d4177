import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf, normalQuantile, normalSf } from '../../../src/core/distributions/normal.ts';
import { failures, loadFixture, num, type Check, type Num } from './fixtures.ts';

const fx = loadFixture('dist').normal as {
  values: { x: number; cdf: Num; sf: Num; pdf: Num; scipySf: Num }[];
  quantiles: { p: number; q: Num; scipy: Num }[];
};

describe('normal distribution vs mpmath (50 digits)', () => {
  it('cdf and sf: 1e-14 relative wherever the value is a normal double (|x| ≤ 37), both tails', () => {
    const checks: Check[] = [];
    for (const r of fx.values) {
      const cdf = num(r.cdf);
      const sf = num(r.sf);
      if (cdf > 1e-300) checks.push({ label: `cdf(${r.x})`, actual: normalCdf(r.x), expected: cdf });
      if (sf > 1e-300) checks.push({ label: `sf(${r.x})`, actual: normalSf(r.x), expected: sf });
    }
    expect(checks.length).toBeGreaterThan(60);
    expect(failures(checks, 1e-14)).toEqual([]);
  });

  it('subnormal far tail (|x| = 37.5, 38): within the subnormal spacing', () => {
    const checks: Check[] = fx.values
      .filter((r) => Math.abs(r.x) >= 37.5)
      .map((r) => ({ label: `sf(${r.x})`, actual: normalSf(r.x), expected: num(r.sf) }));
    expect(failures(checks, 1e-6, 1e-322)).toEqual([]);
  });

  it('pdf: 2e-13 relative (limited by rounding of x² in exp(−x²/2))', () => {
    const checks = fx.values.map((r) => ({ label: `pdf(${r.x})`, actual: normalPdf(r.x), expected: num(r.pdf) }));
    expect(failures(checks.filter((c) => c.expected > 1e-300), 2e-13)).toEqual([]);
  });

  it('is more accurate than scipy.stats.norm.sf in the far tail (scipy uses erfc(x/√2), ~1e-13 at x = 37)', () => {
    const r = fx.values.find((v) => v.x === 37)!;
    const mine = Math.abs(normalSf(37) - num(r.sf)) / num(r.sf);
    const scipy = Math.abs(num(r.scipySf) - num(r.sf)) / num(r.sf);
    expect(mine).toBeLessThan(1e-15);
    expect(scipy).toBeGreaterThan(1e-14);
  });

  it('quantile (AS 241): 2e-15 relative, down to p = 1e-300', () => {
    const checks = fx.quantiles.map((r) => ({ label: `q(${r.p})`, actual: normalQuantile(r.p), expected: num(r.q) }));
    expect(failures(checks, 2e-15, 1e-16)).toEqual([]);
  });

  it('symmetry, limits and NaN handling', () => {
    for (const x of [0.1, 0.7, 2, 6, 20]) expect(normalCdf(-x)).toBe(normalSf(x));
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalSf(Infinity)).toBe(0);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    for (const f of [normalCdf, normalSf, normalPdf, normalQuantile]) expect(f(NaN)).toBeNaN();
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
  });
});

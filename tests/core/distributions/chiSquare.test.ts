import { describe, expect, it } from 'vitest';
import { chiSquareCdf, chiSquarePdf, chiSquareQuantile, chiSquareSf } from '../../../src/core/distributions/chiSquare.ts';
import { failures, loadFixture, num, type Check, type Num } from './fixtures.ts';

const fx = loadFixture('dist').chi2 as {
  values: { x: number; df: number; cdf: Num; sf: Num; src: string }[];
  quantiles: { p: number; df: number; q: Num }[];
};

describe('chi-square vs mpmath / scipy', () => {
  it('cdf and sf: 2e-13 relative in both tails (df 0.5 to 1e5, values down to 1e-300)', () => {
    const checks: Check[] = [];
    for (const r of fx.values) {
      const label = `(${r.x}; ${r.df}) [${r.src}]`;
      if (num(r.cdf) > 1e-300) checks.push({ label: `cdf${label}`, actual: chiSquareCdf(r.x, r.df), expected: num(r.cdf) });
      if (num(r.sf) > 1e-300) checks.push({ label: `sf${label}`, actual: chiSquareSf(r.x, r.df), expected: num(r.sf) });
    }
    expect(checks.length).toBeGreaterThan(150);
    expect(failures(checks, 2e-13)).toEqual([]);
  });

  it('quantile: 1e-12 relative against scipy, p from 1e-300 to 1 − 1e-6', () => {
    const checks = fx.quantiles.map((r) => ({ label: `q(${r.p}; ${r.df})`, actual: chiSquareQuantile(r.p, r.df), expected: num(r.q) }));
    expect(checks.length).toBeGreaterThan(60);
    expect(failures(checks, 1e-12)).toEqual([]);
  });

  it('closed forms: df = 2 is exponential(½); published χ²₁,₀.₉₅ = 3.841459', () => {
    for (const x of [0.01, 1, 7, 50]) expect(chiSquareSf(x, 2)).toBeCloseTo(Math.exp(-x / 2), 15);
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(3.841458820694124, 12);
    expect(chiSquarePdf(3, 2)).toBeCloseTo(0.5 * Math.exp(-1.5), 15);
  });

  it('edge cases', () => {
    expect(chiSquareCdf(0, 3)).toBe(0);
    expect(chiSquareSf(-1, 3)).toBe(1);
    expect(chiSquareQuantile(0, 3)).toBe(0);
    expect(chiSquareQuantile(1, 3)).toBe(Infinity);
    expect(chiSquareCdf(1, -2)).toBeNaN();
    expect(chiSquareQuantile(NaN, 2)).toBeNaN();
  });
});

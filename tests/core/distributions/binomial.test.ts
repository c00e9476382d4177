import { describe, expect, it } from 'vitest';
import { binomialCdfTable, binomialPmf, binomialPmfTable, logChoose } from '../../../src/core/distributions/binomial.ts';
import { failures, loadFixture, num, type Check, type Num } from './fixtures.ts';

const fx = loadFixture('dist').binomial as {
  tables: { n: number; p: number; k: number[]; pmf: Num[]; cdf: Num[]; sf: Num[]; scipyPmf: Num[] }[];
  logChoose: { n: number; k: number; logChoose: Num }[];
};

describe('binomial vs exact 50-digit sums (mpmath) and scipy.stats.binom', () => {
  it('pmf table (outward recurrences from the mode, renormalised): 1e-12 relative for n up to 1e5 wherever pmf > 1e-280', () => {
    const checks: Check[] = [];
    for (const t of fx.tables) {
      const pmf = binomialPmfTable(t.n, t.p);
      expect(pmf.length).toBe(t.n + 1);
      t.k.forEach((k, i) => {
        if (num(t.pmf[i]) > 1e-280) checks.push({ label: `pmf(${k}; ${t.n}, ${t.p})`, actual: pmf[k], expected: num(t.pmf[i]) });
      });
    }
    expect(checks.length).toBeGreaterThan(1000);
    expect(failures(checks, 1e-12)).toEqual([]); // worst seen: 5e-13, 4000 recurrence steps from the mode at n = 1e5
  });

  it('binomialPmf (Loader saddle point): 1e-12 relative (log-domain: error ~1e-15 × |x·log(x/np)| terms, worst seen 7e-13)', () => {
    const checks: Check[] = [];
    for (const t of fx.tables)
      t.k.forEach((k, i) => {
        if (num(t.pmf[i]) > 1e-290) checks.push({ label: `pmf(${k}; ${t.n}, ${t.p})`, actual: binomialPmf(k, t.n, t.p), expected: num(t.pmf[i]) });
      });
    expect(failures(checks, 1e-12)).toEqual([]);
  });

  it('scipy.stats.binom.pmf agrees with the same reference to 2e-12 (sanity check of the fixture)', () => {
    const checks: Check[] = [];
    for (const t of fx.tables)
      t.k.forEach((k, i) => {
        if (num(t.pmf[i]) > 1e-280) checks.push({ label: `scipy pmf(${k}; ${t.n}, ${t.p})`, actual: num(t.scipyPmf[i]), expected: num(t.pmf[i]) });
      });
    expect(failures(checks, 2e-12)).toEqual([]);
  });

  it('cdf table: lower tail 1e-12 relative; 1 − cdf within 5e-15 absolute of the exact upper tail; last entry exactly 1', () => {
    const lower: Check[] = [];
    const upper: Check[] = [];
    for (const t of fx.tables) {
      const cdf = binomialCdfTable(t.n, t.p);
      expect(cdf[t.n]).toBe(1);
      t.k.forEach((k, i) => {
        if (num(t.cdf[i]) > 1e-280) lower.push({ label: `cdf(${k}; ${t.n}, ${t.p})`, actual: cdf[k], expected: num(t.cdf[i]) });
        upper.push({ label: `sf(${k}; ${t.n}, ${t.p})`, actual: 1 - cdf[k], expected: num(t.sf[i]) });
      });
    }
    expect(failures(lower, 1e-12)).toEqual([]);
    expect(failures(upper, 0, 5e-15)).toEqual([]); // normalisation of 1e5 terms: worst seen 3.8e-15
  });

  it('tables are normalised and monotone', () => {
    for (const [n, p] of [[1, 0.3], [50, 0.02], [3000, 0.61], [40000, 0.5]]) {
      const pmf = binomialPmfTable(n, p);
      expect(pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      const cdf = binomialCdfTable(n, p);
      let decreasing = 0;
      for (let k = 1; k <= n; k++) if (cdf[k] < cdf[k - 1]) decreasing++;
      expect(decreasing).toBe(0);
    }
  });

  it('logChoose vs exact big-integer log C(n, k): 1e-14 relative', () => {
    const checks = fx.logChoose.map((r) => ({ label: `lchoose(${r.n},${r.k})`, actual: logChoose(r.n, r.k), expected: num(r.logChoose) }));
    expect(failures(checks, 1e-14, 1e-15)).toEqual([]);
  });

  it('edge cases', () => {
    expect(Array.from(binomialPmfTable(0, 0.3))).toEqual([1]);
    expect(Array.from(binomialPmfTable(3, 0))).toEqual([1, 0, 0, 0]);
    expect(Array.from(binomialPmfTable(3, 1))).toEqual([0, 0, 0, 1]);
    expect(Array.from(binomialCdfTable(2, 1))).toEqual([0, 0, 1]);
    expect(binomialPmf(2.5, 5, 0.5)).toBe(0);
    expect(binomialPmf(6, 5, 0.5)).toBe(0);
    expect(binomialPmf(1, 5, 1.5)).toBeNaN();
    expect(binomialPmfTable(3, NaN)[0]).toBeNaN();
    expect(logChoose(5, 7)).toBe(-Infinity);
  });
});

import { describe, expect, it } from 'vitest';
import {
  fisherExactOneSided,
  fisherExactTwoSided,
  fisherTwoSidedPValues,
  hypergeometricPmfTable,
} from '../../../src/core/distributions/hypergeometric.ts';
import { failures, loadFixture, num, type Check, type Num } from './fixtures.ts';

const fx = loadFixture('dist').hypergeometric as {
  tables: { s: number; n1: number; n2: number; lo: number; pmf: Num[] }[];
  fisher: {
    x: number;
    n1: number;
    s: number;
    n2: number;
    twoSided: number;
    greater: number;
    less: number;
    scipyTwoSided: number;
    scipyGreater: number;
    scipyLess: number;
  }[];
};

describe('hypergeometric and Fisher exact test', () => {
  it('pmf tables vs scipy.stats.hypergeom: 1e-12 relative where pmf > 1e-280', () => {
    const checks: Check[] = [];
    for (const t of fx.tables) {
      const { lo, pmf } = hypergeometricPmfTable(t.s, t.n1, t.n2);
      expect(lo).toBe(t.lo);
      expect(pmf.length).toBe(t.pmf.length);
      t.pmf.forEach((v, i) => {
        if (num(v) > 1e-280) checks.push({ label: `h(${t.lo + i}; ${t.s}, ${t.n1}, ${t.n2})`, actual: pmf[i], expected: num(v) });
      });
    }
    expect(failures(checks, 1e-12)).toEqual([]);
  });

  it("p-values vs exact rational arithmetic with R's fisher.test rule: 1e-12 relative", () => {
    const checks: Check[] = [];
    for (const f of fx.fisher) {
      const l = `(${f.x}/${f.n1} vs ${f.s - f.x}/${f.n2})`;
      checks.push({ label: `two${l}`, actual: fisherExactTwoSided(f.x, f.n1, f.s, f.n2), expected: f.twoSided });
      checks.push({ label: `greater${l}`, actual: fisherExactOneSided(f.x, f.n1, f.s, f.n2, 'greater'), expected: f.greater });
      checks.push({ label: `less${l}`, actual: fisherExactOneSided(f.x, f.n1, f.s, f.n2, 'less'), expected: f.less });
    }
    expect(failures(checks, 1e-12)).toEqual([]);
  });

  it('agrees with scipy.stats.fisher_exact on all fixture tables (scipy uses a 1e-14 tie tolerance, R 1e-7)', () => {
    const checks: Check[] = [];
    for (const f of fx.fisher) {
      const l = `(${f.x}/${f.n1} vs ${f.s - f.x}/${f.n2})`;
      checks.push({ label: `two${l}`, actual: fisherExactTwoSided(f.x, f.n1, f.s, f.n2), expected: f.scipyTwoSided });
      checks.push({ label: `greater${l}`, actual: fisherExactOneSided(f.x, f.n1, f.s, f.n2, 'greater'), expected: f.scipyGreater });
      checks.push({ label: `less${l}`, actual: fisherExactOneSided(f.x, f.n1, f.s, f.n2, 'less'), expected: f.scipyLess });
    }
    expect(failures(checks, 1e-10)).toEqual([]);
  });

  it('published example: tea tasting (3 of 4 correct), two-sided p = 0.4857, one-sided 0.2429', () => {
    expect(fisherExactTwoSided(3, 4, 4, 4)).toBeCloseTo(34 / 70, 14);
    expect(fisherExactOneSided(3, 4, 4, 4, 'greater')).toBeCloseTo(17 / 70, 14);
  });

  it('fisherTwoSidedPValues matches fisherExactTwoSided for every table with given margins', () => {
    for (const [s, n1, n2] of [[10, 10, 10], [7, 3, 20], [40, 35, 50], [0, 4, 4]]) {
      const { lo, pValues } = fisherTwoSidedPValues(s, n1, n2);
      pValues.forEach((p, i) => expect(p).toBeCloseTo(fisherExactTwoSided(lo + i, n1, s, n2), 14));
    }
  });

  it('edge cases', () => {
    expect(fisherExactTwoSided(11, 10, 11, 10)).toBeNaN();
    expect(fisherExactTwoSided(0, 5, 0, 5)).toBe(1);
    expect(hypergeometricPmfTable(5, 2, 2).pmf.length).toBe(0);
  });
});

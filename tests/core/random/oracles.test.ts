// The test oracles in stats.ts must agree with scipy before they can judge src/.
import { describe, expect, it } from 'vitest';
import { chiSquareSf, gammaP, normalCdf, normalSf, scipyRef } from './stats.ts';

const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('reference oracles vs scipy', () => {
  it('normal CDF and tails', () => {
    for (const [x, cdf] of scipyRef.normal.cdf) expect(relErr(normalCdf(x), cdf)).toBeLessThan(1e-12);
    for (const [x, sf] of scipyRef.normal.tail_beyond) expect(relErr(normalSf(x), sf)).toBeLessThan(1e-12);
    for (const [z, p] of Object.entries(scipyRef.normal.two_sided_tail)) expect(relErr(2 * normalSf(Number(z)), p)).toBeLessThan(1e-12);
  });

  it('regularised incomplete gamma at scipy quantiles', () => {
    for (const [shape, rows] of Object.entries(scipyRef.gamma)) {
      for (const [p, x] of rows) expect(Math.abs(gammaP(Number(shape), x) - p), `shape ${shape} p ${p}`).toBeLessThan(1e-12 + 1e-10 * p);
    }
  });

  it('chi-square survival function', () => {
    for (const [x, df, sf] of scipyRef.chi2_sf) expect(relErr(chiSquareSf(x, df), sf)).toBeLessThan(1e-10);
  });
});

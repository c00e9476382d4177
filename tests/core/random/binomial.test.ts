import { describe, expect, it } from 'vitest';
import { BinomialCache, BinomialSampler, RandomStream, sharedBinomialCache } from '../../../src/core/random/index.ts';
import { chiSquareGof, meanVar, scipyRef } from './stats.ts';

const CASES: [number, number][] = [
  [10, 0.3],
  [50, 0.9],
  [400, 0.05],
];

/** Internal tables, read for white-box checks. */
const tables = (b: BinomialSampler): { offset: number; cdf: Float64Array; guide: Int32Array; buckets: number } =>
  b as unknown as { offset: number; cdf: Float64Array; guide: Int32Array; buckets: number };

/** A stream whose double() returns scripted values. */
function withUniforms(us: number[]): RandomStream {
  const s = new RandomStream('scripted');
  let i = 0;
  Object.defineProperty(s, 'double', { value: () => us[i++] });
  return s;
}

describe('BinomialSampler tables', () => {
  for (const [n, p] of CASES) {
    it(`(${n}, ${p}): pmf matches scipy and the CDF ends in exactly 1`, () => {
      const b = new BinomialSampler(n, p);
      const ref = scipyRef.binomial_pmf[`${n},${p}`];
      for (let k = 0; k <= n; k++) {
        const got = b.probability(k);
        if (ref[k] < 2 ** -53) expect(got, `k = ${k}`).toBeLessThan(2 ** -50); // trimmed: unreachable by the 52-bit uniform
        else expect(Math.abs(got - ref[k]), `k = ${k}`).toBeLessThan(1e-15 + 1e-12 * ref[k]);
      }
      const { cdf } = tables(b);
      expect(cdf[cdf.length - 1]).toBe(1);
      for (let j = 1; j < cdf.length; j++) expect(cdf[j]).toBeGreaterThanOrEqual(cdf[j - 1]);
    });
  }

  it('tails are accurate to relative precision, not just absolutely', () => {
    const b = new BinomialSampler(50, 0.9);
    const ref = scipyRef.binomial_pmf['50,0.9'];
    for (const k of [25, 30, 35]) expect(Math.abs(b.probability(k) / ref[k] - 1)).toBeLessThan(1e-9);
  });

  it('inverts exactly at cell boundaries and guide-bucket boundaries', () => {
    const b = new BinomialSampler(400, 0.05);
    const { offset, cdf, buckets } = tables(b);
    const linear = (u: number): number => {
      let k = 0;
      while (!(u < cdf[k])) k++;
      return offset + k;
    };
    const us: number[] = [2 ** -53, 1 - 2 ** -53];
    for (const c of cdf.subarray(0, -1)) us.push(c, c * (1 - 2 ** -52), c * (1 + 2 ** -52));
    for (let j = 1; j < buckets; j++) us.push(j / buckets, (j / buckets) * (1 - 2 ** -52));
    const valid = us.filter((u) => u >= 2 ** -53 && u <= 1 - 2 ** -53); // the range double() can return
    const s = withUniforms(valid);
    for (const u of valid) expect(b.sample(s), `u = ${u}`).toBe(linear(u));
  });

  it('handles degenerate and extreme parameters', () => {
    const s = new RandomStream('edge');
    expect(new BinomialSampler(0, 0.4).sample(s)).toBe(0);
    expect(new BinomialSampler(17, 0).sample(s)).toBe(0);
    expect(new BinomialSampler(17, 1).sample(s)).toBe(17);
    expect(new BinomialSampler(1, 0.5).probability(1)).toBe(0.5);
    const tiny = new BinomialSampler(1000, 1e-12);
    expect(tiny.probability(0)).toBeCloseTo(1 - 1e-9, 15);
    const huge = new BinomialSampler(10_000_000, 0.5); // table walks ~+-10 sd, not all 10^7 + 1 terms
    expect(tables(huge).cdf.length).toBeLessThan(40_000);
    const { mean } = meanVar(Array.from({ length: 20_000 }, () => huge.sample(s)));
    expect(Math.abs(mean - 5e6)).toBeLessThan(4 * Math.sqrt(2.5e6 / 20_000));
  });

  it('rejects invalid n and p', () => {
    for (const [n, p] of [
      [-1, 0.5],
      [2.5, 0.5],
      [Number.NaN, 0.5],
      [10, -0.1],
      [10, 1.1],
      [10, Number.NaN],
    ]) {
      expect(() => new BinomialSampler(n, p), `(${n}, ${p})`).toThrow(RangeError);
    }
  });
});

describe('binomial draws', () => {
  for (const [n, p] of CASES) {
    it(`(${n}, ${p}): chi-square goodness of fit vs the exact pmf, p > 0.001 (n = 400k)`, () => {
      const s = new RandomStream(`binom-${n}-${p}`);
      const draws = 400_000;
      const counts = new Float64Array(n + 1);
      for (let i = 0; i < draws; i++) counts[s.binomial(n, p)]++;
      const gof = chiSquareGof(counts, scipyRef.binomial_pmf[`${n},${p}`], draws);
      expect(gof.df).toBeGreaterThan(1);
      expect(gof.p).toBeGreaterThan(0.001);
    });
  }

  it('stream.binomial(n, p) equals the cached sampler draw for draw', () => {
    const a = new RandomStream('bc');
    const b = new RandomStream('bc');
    for (let i = 0; i < 300; i++) {
      const n = 5 + (i % 37);
      expect(a.binomial(n, 0.35)).toBe(sharedBinomialCache.get(n, 0.35).sample(b));
    }
  });
});

describe('BinomialCache', () => {
  it('memoises per (n, p), including -0 === 0 and alternating p', () => {
    const c = new BinomialCache();
    const x = c.get(30, 0.2);
    expect(c.get(31, 0.2)).not.toBe(x);
    expect(c.get(30, 0.25)).not.toBe(x);
    expect(c.get(30, 0.2)).toBe(x);
    expect(c.get(0, 0)).toBe(c.get(0, -0));
    expect(c.size).toBe(4);
    expect(x.n).toBe(30);
    expect(x.p).toBe(0.2);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get(30, 0.2)).not.toBe(x);
  });

  it('does not store anything for invalid parameters', () => {
    const c = new BinomialCache();
    expect(() => c.get(-3, 0.5)).toThrow(RangeError);
    expect(() => c.get(3, Number.NaN)).toThrow(RangeError);
    expect(c.size).toBe(0);
  });

  it('responders among a random number of completers have the mixture mean and variance', () => {
    // N ~ Binomial(100, 0.8) completers, R | N ~ Binomial(N, 0.3): R ~ Binomial(100, 0.24).
    const s = new RandomStream('completers');
    const n = 200_000;
    const r = Array.from({ length: n }, () => s.binomial(s.binomial(100, 0.8), 0.3));
    const { mean, variance } = meanVar(r);
    expect(Math.abs(mean - 24)).toBeLessThan(4 * Math.sqrt(100 * 0.24 * 0.76 / n));
    expect(Math.abs(variance / (100 * 0.24 * 0.76) - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });
});

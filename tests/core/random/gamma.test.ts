import { describe, expect, it } from 'vitest';
import { GammaSampler, RandomStream } from '../../../src/core/random/index.ts';
import { gammaP, ksCritical1pct, ksStatistic, meanVar, scipyRef } from './stats.ts';

// 0.2 exercises the exp/log boost, 0.5 the squared boost, the rest Marsaglia-Tsang directly.
const SHAPES = [0.2, 0.5, 1, 2.5, 24.5];

describe('gamma(shape)', () => {
  for (const shape of SHAPES) {
    it(`shape ${shape}: passes KS at 1% (n = 100k) and hits scipy quantiles`, () => {
      const s = new RandomStream(`gamma-${shape}`);
      const n = 100_000;
      const x = Float64Array.from({ length: n }, () => s.gamma(shape));
      expect(Math.min(...x)).toBeGreaterThan(0);
      expect(ksStatistic(x, (t) => gammaP(shape, t))).toBeLessThan(ksCritical1pct(n));
      // x is sorted now; the share below each scipy quantile must be p within 4 SE.
      for (const [p, q] of scipyRef.gamma[String(shape)]) {
        let below = 0;
        while (below < n && x[below] <= q) below++;
        expect(Math.abs(below / n - p), `P(X <= ${q}) vs ${p}`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n) + 1 / n);
      }
    });
  }

  it('boosted small shapes keep mean and variance equal to the shape', () => {
    for (const shape of [0.01, 0.2, 0.999]) {
      const s = new RandomStream(`small-${shape}`);
      const n = 400_000;
      const { mean, variance } = meanVar(Float64Array.from({ length: n }, () => s.gamma(shape)));
      // Var(X) = a; Var(sample variance) ~ (mu4 - a^2) / n with mu4 = 3a^2 + 6a.
      expect(Math.abs(mean - shape), `mean, shape ${shape}`).toBeLessThan(4 * Math.sqrt(shape / n));
      expect(Math.abs(variance - shape), `variance, shape ${shape}`).toBeLessThan(4 * Math.sqrt((2 * shape * shape + 6 * shape) / n));
    }
  });

  it('rejects shapes that are not finite and positive', () => {
    const s = new RandomStream('bad');
    for (const bad of [0, -1, Number.NaN, Infinity]) expect(() => s.gamma(bad)).toThrow(RangeError);
    expect(() => new GammaSampler(0)).toThrow(RangeError);
  });

  it('GammaSampler gives the same draws as stream.gamma, also after re-targeting', () => {
    const a = new RandomStream('gs');
    const b = new RandomStream('gs');
    const g = new GammaSampler(3);
    for (let i = 0; i < 200; i++) expect(g.sample(b)).toBe(a.gamma(3));
    g.setShape(0.7);
    for (let i = 0; i < 200; i++) expect(g.sample(b)).toBe(a.gamma(0.7));
  });

  it('alternating shapes on one stream stay deterministic', () => {
    const run = (): number[] => {
      const s = new RandomStream('alt');
      return Array.from({ length: 300 }, (_, i) => s.gamma(i % 2 ? 0.5 : 4));
    };
    expect(run()).toEqual(run());
  });
});

describe('chiSquare(df)', () => {
  it('is 2 * gamma(df / 2) draw for draw for df != 1', () => {
    const a = new RandomStream('chi');
    const b = new RandomStream('chi');
    for (const df of [2, 3, 7, 49, 0.6]) for (let i = 0; i < 100; i++) expect(a.chiSquare(df)).toBe(2 * b.gamma(df / 2));
  });

  it('df 1 is Z^2 draw for draw and passes KS against the chi-square(1) CDF', () => {
    const a = new RandomStream('chi1');
    const b = new RandomStream('chi1');
    for (let i = 0; i < 100; i++) expect(a.chiSquare(1)).toBe(b.normal() ** 2);
    const n = 100_000;
    const x = Float64Array.from({ length: n }, () => a.chiSquare(1));
    expect(ksStatistic(x, (t) => gammaP(0.5, t / 2))).toBeLessThan(ksCritical1pct(n));
  });

  for (const df of [1, 2, 5, 49]) {
    it(`df ${df}: mean df, variance 2 df (n = 400k, 4 SE)`, () => {
      const s = new RandomStream(`chi-moments-${df}`);
      const n = 400_000;
      const { mean, variance } = meanVar(Float64Array.from({ length: n }, () => s.chiSquare(df)));
      // Var(mean) = 2df/n; Var(sample variance) ~ (mu4 - sigma^4)/n = (8 df^2 + 48 df)/n.
      expect(Math.abs(mean - df)).toBeLessThan(4 * Math.sqrt((2 * df) / n));
      expect(Math.abs(variance - 2 * df)).toBeLessThan(4 * Math.sqrt((8 * df * df + 48 * df) / n));
    });
  }
});

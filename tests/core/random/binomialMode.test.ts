import { describe, expect, it } from 'vitest';
import { binomialPmf } from '../../../src/core/distributions/binomial.ts';
import { binomialFromMode, streamFor } from '../../../src/core/random/index.ts';

describe('binomialFromMode', () => {
  for (const [n, p] of [
    [10, 0.3],
    [50, 0.9],
    [400, 0.05],
    [2000, 0.5],
    [1, 0.5],
  ] as const) {
    it(`matches the Binomial(${n}, ${p}) pmf (chi-square goodness of fit)`, () => {
      const draws = 200_000;
      const s = streamFor('binomial-mode', n, p);
      const counts = new Float64Array(n + 1);
      for (let i = 0; i < draws; i++) counts[binomialFromMode(s, n, p)]++;
      let chi2 = 0;
      let cells = 0;
      let poolE = 0;
      let poolO = 0;
      for (let k = 0; k <= n; k++) {
        const e = draws * binomialPmf(k, n, p);
        if (e < 5) {
          poolE += e;
          poolO += counts[k];
          continue;
        }
        chi2 += (counts[k] - e) ** 2 / e;
        cells++;
      }
      if (poolE > 0) {
        chi2 += (poolO - poolE) ** 2 / poolE;
        cells++;
      }
      // p > 0.001 for chi-square with cells − 1 df: use the Wilson–Hilferty bound.
      const df = Math.max(1, cells - 1);
      const z = ((chi2 / df) ** (1 / 3) - (1 - 2 / (9 * df))) / Math.sqrt(2 / (9 * df));
      expect(z).toBeLessThan(3.09);
    });
  }

  it('handles p = 0, p = 1 and n = 0', () => {
    const s = streamFor('edge');
    expect(binomialFromMode(s, 10, 0)).toBe(0);
    expect(binomialFromMode(s, 10, 1)).toBe(10);
    expect(binomialFromMode(s, 0, 0.4)).toBe(0);
  });
});

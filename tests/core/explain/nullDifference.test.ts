import { describe, expect, it } from 'vitest';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { binomialPmf, tol } from './helpers.ts';

const base = {
  seed: 'null-test',
  sims: 100_000,
  rate: 0.35,
  nControl: 27,
  nTreatment: 24,
  observed: -0.04,
  bins: { lo: -0.5 - 1 / 48, width: 1 / 24, count: 25 },
  test: 'chi-square' as const,
  alpha: 0.05,
};

describe('null distribution of the responder difference', () => {
  const r = runLocally('null-difference', base);

  it('is centred on 0 with the sd of a difference of proportions, √(p(1 − p)(1/n₀ + 1/n₁))', () => {
    const sd = Math.sqrt(base.rate * (1 - base.rate) * (1 / 27 + 1 / 24));
    // sd of the sample sd ≈ sd/√(2·sims) for a near-normal variable; allow 4 of those (and a little kurtosis).
    expect(Math.abs(r.sd - sd)).toBeLessThan((5 * sd) / Math.sqrt(2 * base.sims));
    expect(Math.abs(r.mean)).toBeLessThan((4 * sd) / Math.sqrt(base.sims));
    expect(r.counts.reduce((a, b) => a + b, 0)).toBe(base.sims);
    expect(r.extremeCounts.reduce((a, b) => a + b, 0)).toBe(Math.round(r.asExtreme.value * base.sims));
  });

  it('finds |difference| ≥ observed as often as exact enumeration says', () => {
    const a = binomialPmf(27, base.rate);
    const b = binomialPmf(24, base.rate);
    let exact = 0;
    for (let x0 = 0; x0 <= 27; x0++) for (let x1 = 0; x1 <= 24; x1++) if (Math.abs(x1 / 24 - x0 / 27) >= 0.04 - 1e-12) exact += a[x0] * b[x1];
    expect(Math.abs(r.asExtreme.value - exact)).toBeLessThan(tol(exact, base.sims));
  });

  it('rejects as often as the chi-square test does by enumeration (its true size)', () => {
    const a = binomialPmf(27, base.rate);
    const b = binomialPmf(24, base.rate);
    let size = 0;
    for (let x0 = 0; x0 <= 27; x0++)
      for (let x1 = 0; x1 <= 24; x1++) {
        const p = (x0 + x1) / 51;
        const z = (x1 / 24 - x0 / 27) / Math.sqrt(p * (1 - p) * (1 / 27 + 1 / 24));
        if (p > 0 && p < 1 && Math.abs(z) > 1.959963984540054) size += a[x0] * b[x1];
      }
    expect(Math.abs(r.significant.value - size)).toBeLessThan(tol(size, base.sims));
  });
});

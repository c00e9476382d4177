import { describe, expect, it } from 'vitest';
import { candidateContrasts, contrastCorrelation, optimalContrast } from '../../../src/core/mcpmod/contrasts.ts';
import { defaultCandidates } from '../../../src/core/mcpmod/defaultCandidates.ts';
import { fx } from './fixtures.ts';

const close = (a: ArrayLike<number>, b: ArrayLike<number>, tol: number) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i]), `[${i}] ${a[i]} vs ${b[i]}`).toBeLessThanOrEqual(tol);
};

describe('optimal contrasts (Bretz, Pinheiro & Branson 2005)', () => {
  it('match the GLS form computed independently in numpy (classic example, unequal n, singular, six arms) to 1e-12', () => {
    expect(fx.contrasts.length).toBe(4);
    for (const c of fx.contrasts) {
      const C = candidateContrasts(c.candidates, c.doses, c.n);
      C.forEach((row, m) => close(row, c.contrasts[m], 1e-12));
      contrastCorrelation(C, c.n).forEach((row, m) => close(row, c.correlation[m], 1e-12));
    }
  });

  it('the classic example: the published-style contrast for the Emax(0.2) candidate', () => {
    const c = fx.contrasts[0];
    const [emax] = candidateContrasts(c.candidates, c.doses, c.n);
    close(emax, [-0.6431, -0.3615, 0.061, 0.4131, 0.5305], 5e-5);
  });

  it('are unit length, sum to 0 and have c·μ > 0', () => {
    const mu = [0, 0.3, 0.5, 0.55, 0.2];
    const n = [30, 10, 10, 20, 40];
    const c = optimalContrast(mu, n);
    let len = 0;
    let dot = 0;
    let sum = 0;
    for (let i = 0; i < 5; i++) {
      len += c[i] * c[i];
      dot += c[i] * mu[i];
      sum += c[i];
    }
    expect(len).toBeCloseTo(1, 14);
    expect(dot).toBeGreaterThan(0);
    expect(sum).toBeCloseTo(0, 14); // Σ nᵢ(μᵢ − μ̄) = 0 for any n
  });

  it('do not depend on the location or a positive scale of μ', () => {
    const a = optimalContrast([0, 1, 4], [10, 20, 30]);
    close(optimalContrast([5, 5 + 3, 5 + 12], [10, 20, 30]), a, 1e-14);
  });

  it('a flat profile has no contrast (NaN); JSDoc examples', () => {
    expect(Array.from(optimalContrast([2, 2, 2], [5, 5, 5])).every(Number.isNaN)).toBe(true);
    close(optimalContrast([0, 1], [10, 10]), [-Math.SQRT1_2, Math.SQRT1_2], 1e-15);
    close(candidateContrasts([{ model: 'linear', params: {} }], [0, 1, 2], [10, 10, 10])[0], [-Math.SQRT1_2, 0, Math.SQRT1_2], 1e-15);
    const R = contrastCorrelation([[-1, 1], [1, -1]], [5, 5]);
    close(R[0], [1, -1], 1e-15);
    close(R[1], [-1, 1], 1e-15);
  });
});

describe('defaultCandidates', () => {
  it('scales the classic set to the top dose; the assumed shape first, duplicates dropped', () => {
    const d = defaultCandidates([0, 5, 10, 20]);
    expect(d.map((c) => c.model)).toEqual(['emax', 'linear', 'exponential', 'quadratic']);
    expect(d[0].params.ed50).toBe(4);
    // exponential: f(D/2) = 20% of f(D); quadratic: peak at 0.75·D (parameters rounded to 3 digits)
    const e = d[2].params.delta!;
    expect(e).toBe(7.21);
    expect(Math.expm1(10 / e) / Math.expm1(20 / e)).toBeCloseTo(0.2, 3);
    expect(d[3].params.delta).toBe(-0.0333);
    expect(-1 / (2 * d[3].params.delta!)).toBeCloseTo(15, 1);
    const withAssumed = defaultCandidates([0, 5, 10, 20], { model: 'emax', params: { ed50: 4, hill: 1 } });
    expect(withAssumed.length).toBe(4);
    expect(defaultCandidates([0, 5, 10], { model: 'emax', params: { ed50: 10 } }).length).toBe(5);
    expect(defaultCandidates([0, 0])).toEqual([]);
  });
});

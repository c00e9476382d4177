import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { exactBinaryPower } from '../../../src/core/power/index.ts';
import { scenario, tol } from './helpers.ts';

const SIMS = 20_000;

describe('simulated power matches exact values (within 4 MC standard errors)', () => {
  it('Student, d = 0.5, n = 64 per arm, two-sided 0.05 → 0.8015', () => {
    const s = scenario({
      arms: [
        { label: 'C', mean: 0, sd: 1 },
        { label: 'T', mean: 0.5, sd: 1 },
      ],
      analysis: { test: 'student', alpha: 0.05, sides: 2 },
      design: { nPerArm: [64] },
      simulation: { sims: SIMS, seed: 'published' },
    });
    const row = simulate(s).rows[0];
    expect(row.analyticPower).toBeCloseTo(0.8015, 4);
    expect(Math.abs(row.power - 0.8015)).toBeLessThan(tol(0.8015, SIMS));
    expect(row.mcse).toBeCloseTo(Math.sqrt((row.power * (1 - row.power)) / SIMS), 12);
    expect(row.ci95[0]).toBeLessThan(row.power);
    expect(row.ci95[1]).toBeGreaterThan(row.power);
  });

  it('Student one-sided and lower-is-better orientation', () => {
    const s = scenario({
      endpoint: { type: 'continuous', direction: 'lower-is-better' },
      arms: [
        { label: 'C', mean: 10, sd: 2 },
        { label: 'T', mean: 9, sd: 2 },
      ],
      analysis: { test: 'student', alpha: 0.025, sides: 1 },
      design: { nPerArm: [30, 60] },
      simulation: { sims: SIMS, seed: 'one-sided' },
    });
    for (const row of simulate(s).rows) {
      expect(row.analyticPower).not.toBeNull();
      expect(Math.abs(row.power - row.analyticPower!)).toBeLessThan(tol(row.analyticPower!, SIMS));
    }
  });

  it('chi-square and Fisher against exact enumeration of all 2×2 outcomes', () => {
    for (const test of ['chi-square', 'fisher'] as const) {
      for (const sides of [1, 2] as const) {
        const s = scenario({
          endpoint: { type: 'binary' },
          arms: [
            { label: 'C', rate: 0.3 },
            { label: 'T', rate: 0.55 },
          ],
          analysis: { test, alpha: 0.05, sides },
          design: { nPerArm: [40] },
          simulation: { sims: SIMS, seed: 'binary' },
        });
        const exact = exactBinaryPower({ p1: 0.3, p2: 0.55, n1: 40, n2: 40, alpha: 0.05, sides, test });
        const p = simulate(s).rows[0].power;
        expect(Math.abs(p - exact), `${test} ${sides}`).toBeLessThan(tol(exact, SIMS));
      }
    }
  });

  it('a responder derived from a timed walk equals the binary endpoint with its exact rate', () => {
    // T25FW: 100(1 − e^D) ≥ 20 ⇔ D ≤ log(0.8); the engine converts the arms to exact rates.
    const s = scenario({
      endpoint: { type: 'responder', source: { type: 'timed-walk' }, threshold: 20 },
      arms: [
        { label: 'Saline', mean: -54.4, sd: 70.5 },
        { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
      ],
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2 },
      design: { nPerArm: [50] },
      simulation: { sims: SIMS, seed: 'responder' },
    });
    const p = simulate(s).rows[0].power;
    // Rates from the log-normal model, computed independently here.
    const erf = (x: number) => {
      // Abramowitz–Stegun 7.1.26 is too coarse; use a series for |x| < 3.
      let sum = x;
      let term = x;
      for (let k = 1; k < 200; k++) {
        term *= (-x * x) / k;
        sum += term / (2 * k + 1);
      }
      return (2 / Math.sqrt(Math.PI)) * sum;
    };
    const Phi = (z: number) => 0.5 * (1 + erf(z / Math.SQRT2));
    const rate = (m: number, sd: number) => {
      const M = 1 - m / 100;
      const s2 = Math.log(1 + (sd / 100 / M) ** 2);
      return Phi((Math.log(0.8) - (Math.log(M) - s2 / 2)) / Math.sqrt(s2));
    };
    const exact = exactBinaryPower({ p1: rate(-54.4, 70.5), p2: rate(3.7, 23.1), n1: 50, n2: 50, alpha: 0.05, sides: 2, test: 'chi-square' });
    expect(Math.abs(p - exact)).toBeLessThan(tol(exact, SIMS));
  });
});

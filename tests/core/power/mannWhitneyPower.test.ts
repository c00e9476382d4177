import { describe, expect, it } from 'vitest';
import { mannWhitneyPower, normalSuperiority } from '../../../src/core/power/mannWhitneyPower.ts';
import { failures, loadFixture, type Check } from './power.fixtures.ts';

const fx = loadFixture('power') as {
  mannWhitney: { pSuperiority: number; n1: number; n2: number; alpha: number; sides: 1 | 2; power: number }[];
  normalSuperiority: { diff: number; sd1: number; sd2: number; p: number }[];
};

describe('Mann–Whitney power (Noether 1987)', () => {
  it('matches the scipy-coded Noether formula to 1e-14 absolute', () => {
    const checks: Check[] = fx.mannWhitney.map((r) => ({ label: JSON.stringify(r), actual: mannWhitneyPower(r), expected: r.power }));
    expect(failures(checks, 0, 1e-14)).toEqual([]);
  });

  it('normalSuperiority = Φ(diff/√(sd1²+sd2²)) to 1e-15', () => {
    const checks: Check[] = fx.normalSuperiority.map((r) => ({
      label: JSON.stringify(r),
      actual: normalSuperiority(r.diff, r.sd1, r.sd2),
      expected: r.p,
    }));
    expect(failures(checks, 0, 1e-15)).toEqual([]);
  });

  it('size α at p = ½, inverse of Noether’s sample size (n = 64/arm for p = 0.6409 gives ≈ 0.80)', () => {
    expect(mannWhitneyPower({ pSuperiority: 0.5, n1: 30, n2: 30, alpha: 0.05, sides: 2 })).toBeCloseTo(0.05, 14);
    // N = (z_{α/2} + z_β)² / (12·c(1−c)·(p−½)²) with c = ½, p − ½ = (1.96 + 0.8416)/√(3·128)
    const p = 0.5 + (1.959963984540054 + 0.8416212335729143) / Math.sqrt(3 * 128);
    expect(mannWhitneyPower({ pSuperiority: p, n1: 64, n2: 64, alpha: 0.05, sides: 2 })).toBeCloseTo(0.8, 3);
    expect(mannWhitneyPower({ pSuperiority: 0.7, n1: 1, n2: 0, alpha: 0.05, sides: 2 })).toBeNaN();
    expect(normalSuperiority(0, 0, 0)).toBe(0.5);
  });
});

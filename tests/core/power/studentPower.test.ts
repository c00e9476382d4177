import { describe, expect, it } from 'vitest';
import { ancovaPower } from '../../../src/core/power/ancovaPower.ts';
import { studentPower } from '../../../src/core/power/studentPower.ts';
import { welchPower } from '../../../src/core/power/welchPower.ts';
import { failures, loadFixture, type Check } from './power.fixtures.ts';

const fx = loadFixture('power') as {
  means: { diff: number; sd1: number; sd2: number; n1: number; n2: number; alpha: number; sides: 1 | 2; student: number; welch: number }[];
  ancova: { diff: number; sd: number; rho: number; n1: number; n2: number; alpha: number; sides: 1 | 2; power: number }[];
};

describe('t-test power (noncentral t) vs scipy.stats.nct', () => {
  it('Student: 1e-10 absolute over 174 designs (n from 3 to 200, both sides, α = 0.05/0.01, unequal sds pooled)', () => {
    const checks: Check[] = fx.means.map((r) => ({ label: JSON.stringify(r), actual: studentPower(r), expected: r.student }));
    expect(checks.length).toBeGreaterThan(170);
    expect(failures(checks, 0, 1e-10)).toEqual([]);
  });

  it('Welch (Satterthwaite df at population variances): 1e-10 absolute', () => {
    const checks: Check[] = fx.means.map((r) => ({ label: JSON.stringify(r), actual: welchPower(r), expected: r.welch }));
    expect(failures(checks, 0, 1e-10)).toEqual([]);
  });

  it('ANCOVA (df = n1+n2−3, sd·√(1−ρ²)): 1e-10 absolute', () => {
    const checks: Check[] = fx.ancova.map((r) => ({ label: JSON.stringify(r), actual: ancovaPower(r), expected: r.power }));
    expect(failures(checks, 0, 1e-10)).toEqual([]);
  });

  it('published: d = 0.5, n = 64 per arm, two-sided α = 0.05 → 0.8015 (Cohen 1988; R pwr.t.test 0.8014596)', () => {
    const p = studentPower({ diff: 0.5, sd1: 1, sd2: 1, n1: 64, n2: 64, alpha: 0.05, sides: 2 });
    expect(p).toBeCloseTo(0.8015, 4);
    expect(p).toBeCloseTo(0.8014596, 7);
  });

  it('two-sided power counts both tails; size is exactly α under H0', () => {
    for (const sides of [1, 2] as const)
      expect(studentPower({ diff: 0, sd1: 2, sd2: 2, n1: 9, n2: 14, alpha: 0.05, sides })).toBeCloseTo(0.05, 13);
    const up = studentPower({ diff: 0.4, sd1: 1, sd2: 1, n1: 10, n2: 10, alpha: 0.05, sides: 2 });
    const down = studentPower({ diff: -0.4, sd1: 1, sd2: 1, n1: 10, n2: 10, alpha: 0.05, sides: 2 });
    expect(up).toBeCloseTo(down, 14);
    expect(studentPower({ diff: -0.4, sd1: 1, sd2: 1, n1: 10, n2: 10, alpha: 0.05, sides: 1 })).toBeLessThan(0.05);
    expect(ancovaPower({ diff: 0.5, sd: 1, rho: 0, n1: 30, n2: 30, alpha: 0.05, sides: 2 })).toBeLessThan(
      studentPower({ diff: 0.5, sd1: 1, sd2: 1, n1: 30, n2: 30, alpha: 0.05, sides: 2 }),
    ); // one df lost to the covariate
  });

  it('invalid input gives NaN', () => {
    const base = { diff: 0.5, sd1: 1, sd2: 1, n1: 10, n2: 10, alpha: 0.05, sides: 2 as const };
    expect(studentPower({ ...base, sd1: 0 })).toBeNaN();
    expect(studentPower({ ...base, n1: 1, n2: 1 })).toBeNaN();
    expect(studentPower({ ...base, alpha: 1 })).toBeNaN();
    expect(welchPower({ ...base, n1: 1 })).toBeNaN();
    expect(studentPower({ ...base, diff: NaN })).toBeNaN();
    expect(ancovaPower({ diff: 1, sd: 1, rho: 1, n1: 5, n2: 5, alpha: 0.05, sides: 1 })).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { exactBinaryPower, twoProportionPower } from '../../../src/core/power/proportionPower.ts';
import { failures, loadFixture, type Check } from './power.fixtures.ts';

const fx = loadFixture('power') as {
  twoProportion: { p1: number; p2: number; n1: number; n2: number; alpha: number; sides: 1 | 2; continuity: boolean; power: number }[];
  exactBinary: { p1: number; p2: number; n1: number; n2: number; alpha: number; sides: 1 | 2; chiSquare: number; fisher: number }[];
};

describe('binary-endpoint power', () => {
  it('normal approximation (Fleiss; Fleiss–Tytun–Ury continuity correction): 1e-13 absolute vs the scipy-coded formula', () => {
    const checks: Check[] = fx.twoProportion.map((r) => ({ label: JSON.stringify(r), actual: twoProportionPower(r), expected: r.power }));
    expect(checks.length).toBe(144);
    expect(failures(checks, 0, 1e-13)).toEqual([]);
  });

  it('exact enumeration, Pearson chi-square: 1e-12 absolute vs independent numpy enumeration', () => {
    const checks: Check[] = fx.exactBinary.map((r) => ({
      label: JSON.stringify(r),
      actual: exactBinaryPower({ ...r, test: 'chi-square' }),
      expected: r.chiSquare,
    }));
    expect(failures(checks, 0, 1e-12)).toEqual([]);
  });

  it("exact enumeration, Fisher (R's rule, decided in exact integer arithmetic by the fixture): 1e-12 absolute", () => {
    const checks: Check[] = fx.exactBinary.map((r) => ({
      label: JSON.stringify(r),
      actual: exactBinaryPower({ ...r, test: 'fisher' }),
      expected: r.fisher,
    }));
    expect(failures(checks, 0, 1e-12)).toEqual([]);
  });

  it('Fisher is conservative (size ≤ α) and less powerful than uncorrected chi-square; the FTU approximation tracks it', () => {
    for (const sides of [1, 2] as const) {
      const size = exactBinaryPower({ p1: 0.3, p2: 0.3, n1: 40, n2: 40, alpha: 0.05, sides, test: 'fisher' });
      expect(size).toBeLessThanOrEqual(0.05);
      const f = exactBinaryPower({ p1: 0.3, p2: 0.55, n1: 60, n2: 60, alpha: 0.05, sides, test: 'fisher' });
      const c = exactBinaryPower({ p1: 0.3, p2: 0.55, n1: 60, n2: 60, alpha: 0.05, sides, test: 'chi-square' });
      expect(f).toBeLessThan(c);
      const approx = twoProportionPower({ p1: 0.3, p2: 0.55, n1: 60, n2: 60, alpha: 0.05, sides, continuity: true });
      expect(Math.abs(approx - f)).toBeLessThan(0.03);
    }
  });

  it('degenerate and invalid input', () => {
    expect(twoProportionPower({ p1: 0, p2: 0, n1: 10, n2: 10, alpha: 0.05, sides: 2, continuity: false })).toBe(0);
    expect(twoProportionPower({ p1: 0, p2: 1, n1: 10, n2: 10, alpha: 0.05, sides: 1, continuity: true })).toBe(1);
    expect(exactBinaryPower({ p1: 0, p2: 0, n1: 10, n2: 10, alpha: 0.05, sides: 2, test: 'chi-square' })).toBe(0);
    expect(exactBinaryPower({ p1: 0, p2: 1, n1: 10, n2: 10, alpha: 0.05, sides: 2, test: 'fisher' })).toBe(1);
    expect(twoProportionPower({ p1: 1.2, p2: 0.5, n1: 10, n2: 10, alpha: 0.05, sides: 2, continuity: false })).toBeNaN();
    expect(exactBinaryPower({ p1: 0.2, p2: 0.5, n1: 10.5, n2: 10, alpha: 0.05, sides: 2, test: 'fisher' })).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { doseArmMeans } from '../../../src/core/doses/armMeans.ts';
import type { DoseResponse } from '../../../src/core/doses/types.ts';

const emax: DoseResponse = { model: 'emax', ed50: 10, hill: 1, reference: { dose: 10, effect: 0.5 } };

describe('doseArmMeans', () => {
  it('the issue example: control mean + effect(dose), anchored at the trial regimen', () => {
    const m = doseArmMeans(0, [0, 5, 10, 20], emax, [0]);
    expect(m[0]).toBe(0);
    expect(m[1]).toBeCloseTo(1 / 3, 14);
    expect(m[2]).toBeCloseTo(0.5, 14);
    expect(m[3]).toBeCloseTo(2 / 3, 14);
  });

  it('adds to a non-zero control mean, and explicit means win', () => {
    const m = doseArmMeans(-54.4, [0, 5, 10, 20], { ...emax, reference: { dose: 10, effect: 58.1 } }, [undefined, undefined, 3.7, undefined]);
    expect(m[0]).toBe(-54.4);
    expect(m[1]).toBeCloseTo(-54.4 + 58.1 / 1.5, 12);
    expect(m[2]).toBe(3.7);
    expect(m[3]).toBeCloseTo(-54.4 + (58.1 * 4) / 3, 12);
  });

  it('an active control at dose d0 shifts by effect(d) − effect(d0)', () => {
    const m = doseArmMeans(1, [10, 20], emax, []);
    expect(m[1]).toBeCloseTo(1 + 2 / 3 - 0.5, 14);
  });

  it('NaN where neither a mean nor a usable dose is given', () => {
    expect(doseArmMeans(0, [0, 5], { model: 'explicit' }, [0])[1]).toBeNaN();
    expect(doseArmMeans(0, [0, undefined], emax, [])[1]).toBeNaN();
    expect(doseArmMeans(0, [0, 5], undefined, [])[1]).toBeNaN();
  });
});

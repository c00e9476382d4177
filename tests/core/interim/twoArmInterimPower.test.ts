import { describe, expect, it } from 'vitest';
import { groupSequentialBounds } from '../../../src/core/interim/boundaries.ts';
import { twoArmInterimPower } from '../../../src/core/interim/twoArmInterimPower.ts';
import { normalSf } from '../../../src/core/distributions/normal.ts';
import { normalCases, specOf } from './fixtures.ts';

describe('twoArmInterimPower: the closed form of an interim design on normal data', () => {
  it(`matches rpact's getPowerMeans (normal approximation) for ${normalCases.length} designs, unequal allocation included, to 1e-6`, () => {
    expect(normalCases.length).toBe(4);
    for (const c of normalCases) {
      const b = groupSequentialBounds(specOf(c), c.alpha);
      const p = twoArmInterimPower(b, { ...c, sdControl: c.sd, sdTreatment: c.sd });
      p.stopEfficacy.forEach((v, k) => expect(Math.abs(v - c.efficacyStop[k])).toBeLessThan(1e-6));
      p.stopFutility.forEach((v, k) => expect(Math.abs(v - c.futilityStop[k])).toBeLessThan(1e-6));
      expect(Math.abs(p.power - c.power)).toBeLessThan(1e-6);
      expect(Math.abs(p.expectedNPerArm - c.expectedNPerArm)).toBeLessThan(1e-5 * c.nControl);
    }
  });

  it('with one look at rate 1 is the fixed-design z-test power, unequal SDs and dropout included', () => {
    const b = { criticalZ: [1.959963984540054], futilityZ: [-Infinity] };
    const p = twoArmInterimPower(b, { informationRates: [1], nControl: 50, allocation: 1.5, sdControl: 2, sdTreatment: 3, difference: 1.1, dropoutControl: 0.1, dropoutTreatment: 0.2 });
    const se = Math.sqrt(4 / (50 * 0.9) + 9 / (75 * 0.8));
    expect(p.power).toBeCloseTo(normalSf(1.959963984540054 - 1.1 / se), 12);
    expect(p.expectedNPerArm).toBeCloseTo(50, 10);
  });

  it('counts the expected control-arm n at round(rate × n) per look', () => {
    const b = groupSequentialBounds({ informationRates: [0.5, 1], efficacy: 'pocock', futility: { z: 0, binding: false } }, 0.025);
    const p = twoArmInterimPower(b, { informationRates: [0.5, 1], nControl: 31, allocation: 1, sdControl: 1, sdTreatment: 1, difference: 0 });
    const stop1 = p.stopEfficacy[0] + p.stopFutility[0];
    expect(p.expectedNPerArm).toBeCloseTo(stop1 * 16 + (1 - stop1) * 31, 10);
  });
});

import { describe, expect, it } from 'vitest';
import { groupSequentialBounds } from '../../../src/core/interim/boundaries.ts';
import { normalQuantile, normalSf } from '../../../src/core/distributions/normal.ts';
import { cases, specOf } from './fixtures.ts';

/** Largest |ours − rpact| over finite bounds; an infinite bound must be infinite in both. */
function boundError(ours: number[], theirs: number[]): number {
  expect(ours.map(Number.isFinite)).toEqual(theirs.map(Number.isFinite));
  return Math.max(...ours.map((z, k) => (Number.isFinite(z) ? Math.abs(z - theirs[k]) : 0)));
}

describe('group-sequential efficacy bounds (Lan–DeMets spending, recursive integration)', () => {
  it(`match rpact 3.3.4 to 2e-6 in z for ${cases.length} designs: 2–5 looks, asOF/asP/no early efficacy, alpha 0.025/0.05, equal and unequal rates, binding and non-binding futility`, () => {
    expect(cases.length).toBeGreaterThan(150);
    let worst = 0;
    for (const c of cases) {
      const b = groupSequentialBounds(specOf(c), c.alpha);
      const e = boundError(b.criticalZ, c.criticalZ);
      expect(e, c.name).toBeLessThan(2e-6);
      worst = Math.max(worst, e);
      // rpact stops at a tolerance of 1e-8 on the spent alpha.
      b.alphaSpent.forEach((s, k) => expect(Math.abs(s - c.alphaSpent[k]), `${c.name} look ${k + 1}`).toBeLessThan(2e-8));
    }
    expect(worst).toBeGreaterThan(0);
  });

  it('a non-binding futility rule leaves the bounds as without it; a binding one lowers the later bounds only', () => {
    const rates = [0.3, 0.6, 1];
    const plain = groupSequentialBounds({ informationRates: rates, efficacy: 'obrien-fleming' }, 0.025);
    const nonBinding = groupSequentialBounds({ informationRates: rates, efficacy: 'obrien-fleming', futility: { z: 0, binding: false } }, 0.025);
    const binding = groupSequentialBounds({ informationRates: rates, efficacy: 'obrien-fleming', futility: { z: 0, binding: true } }, 0.025);
    expect(nonBinding.criticalZ).toEqual(plain.criticalZ);
    expect(nonBinding.futilityZ).toEqual([0, 0, -Infinity]);
    expect(binding.criticalZ[0]).toBe(plain.criticalZ[0]);
    expect(binding.criticalZ[1]).toBeLessThan(plain.criticalZ[1]);
    expect(binding.criticalZ[2]).toBeLessThan(plain.criticalZ[2]);
  });

  it('one look at rate 1 is the fixed design: z_{1−α}', () => {
    const b = groupSequentialBounds({ informationRates: [1], efficacy: 'pocock' }, 0.05);
    expect(b.criticalZ[0]).toBeCloseTo(normalQuantile(0.95), 9);
    expect(b.nominalAlpha[0]).toBeCloseTo(0.05, 10);
  });

  it('the nominal level of each look is the upper tail of its bound', () => {
    const b = groupSequentialBounds({ informationRates: [0.25, 0.5, 0.75, 1], efficacy: 'pocock' }, 0.025);
    b.nominalAlpha.forEach((a, k) => expect(a).toBe(normalSf(b.criticalZ[k])));
    // Pocock-type: nearly equal nominal levels, all well below alpha.
    for (const a of b.nominalAlpha) expect(a).toBeGreaterThan(0.006), expect(a).toBeLessThan(0.012);
  });

  it('an early look with nothing to spend (O\'Brien–Fleming at 0.1% information) cannot stop', () => {
    const b = groupSequentialBounds({ informationRates: [0.001, 1], efficacy: 'obrien-fleming' }, 0.025);
    expect(b.criticalZ[0]).toBe(Infinity);
    expect(b.criticalZ[1]).toBeCloseTo(normalQuantile(0.975), 6);
  });

  it('a binding futility bound that leaves too few trials for the spend rejects every trial reaching the look', () => {
    const b = groupSequentialBounds({ informationRates: [0.5, 1], efficacy: 'pocock', futility: { z: 5, binding: true } }, 0.025);
    expect(b.criticalZ[1]).toBe(-Infinity);
    expect(b.alphaSpent[1]).toBeLessThan(0.025);
  });

  it('takes well under 50 ms for five looks with a binding futility rule', () => {
    const spec = { informationRates: [0.2, 0.4, 0.6, 0.8, 1], efficacy: 'obrien-fleming' as const, futility: { z: 0, binding: true } };
    groupSequentialBounds(spec, 0.025);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) groupSequentialBounds(spec, 0.025);
    expect((performance.now() - t0) / 10).toBeLessThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../src/core/engine.ts';
import { twoArmInterimPower } from '../../../../src/core/interim/index.ts';
import { scenario, tol } from '../helpers.ts';

const SIMS = 10_000;
const RATES = { 2: [0.5, 1], 3: [0.3, 0.6, 1] } as const;

/** A two-arm null or alternative scenario with an interim design. */
function design(efficacy: string, looks: 2 | 3, futility: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) {
  const interim = { informationRates: RATES[looks], efficacy, ...(futility ? { futility } : {}) };
  return scenario({ simulation: { sims: SIMS, seed: `gs-${efficacy}-${looks}` }, design: { nPerArm: [60] }, analysis: { test: 'student', alpha: 0.05, sides: 2 }, interim, ...extra });
}

/** The exact null rejection rate of the z design with its futility rule obeyed (alpha/2 without one). */
function nullRate(s: ReturnType<typeof design>): number {
  const i = s.interim!;
  return twoArmInterimPower(i.bounds, { informationRates: i.informationRates, nControl: 60, allocation: 1, sdControl: 1, sdTreatment: 1, difference: 0 }).power;
}

describe('group-sequential type I error under the null equals its level (4 MCSE)', () => {
  for (const efficacy of ['obrien-fleming', 'pocock'])
    for (const looks of [2, 3] as const)
      for (const futility of [undefined, { z: 0 }, { z: 0, binding: true }]) {
        it(`${efficacy}, ${looks} looks, futility ${futility ? JSON.stringify(futility) : 'none'}`, () => {
          const s = design(efficacy, looks, futility);
          const expected = nullRate(s);
          // Without futility, or with a binding rule, the bounds spend exactly alpha/sides; non-binding and obeyed: less.
          if (!futility || futility.binding) expect(expected).toBeCloseTo(0.025, 4);
          else expect(expected).toBeLessThan(0.025);
          const r = simulate(s).rows[0];
          expect(r.power).toBe(r.powerBenefit);
          expect(Math.abs(r.power - expected)).toBeLessThan(tol(expected, SIMS));
          const stops = r.stopEfficacy!.reduce((a, b) => a + b, 0);
          expect(stops).toBeCloseTo(r.power, 12);
        });
      }
});

describe('every two-arm test keeps its level at each look, with patient-level dropout', () => {
  const cases = [
    { test: 'welch', endpoint: { type: 'continuous' }, sds: [1, 2] },
    { test: 'mann-whitney', endpoint: { type: 'continuous' }, sds: [1, 1] },
    { test: 'ancova', endpoint: { type: 'continuous', baselineCorrelation: 0.5 }, sds: [1, 1] },
    { test: 'mann-whitney', endpoint: { type: 'timed-walk' }, sds: [70, 70], mean: -50 },
  ];
  for (const c of cases)
    it(`${c.test} on ${c.endpoint.type}, 15% dropout`, () => {
      const mean = c.mean ?? 0;
      const s = design('pocock', 3, undefined, {
        endpoint: c.endpoint,
        arms: [{ label: 'C', mean, sd: c.sds[0] }, { label: 'T', mean, sd: c.sds[1] }],
        analysis: { test: c.test, alpha: 0.05, sides: 2 },
        design: { nPerArm: [60], dropout: 0.15 },
      });
      expect(Math.abs(simulate(s).rows[0].power - 0.025)).toBeLessThan(tol(0.025, SIMS));
    });
  for (const test of ['chi-square', 'fisher'])
    it(`${test} on a binary endpoint, 10% dropout`, () => {
      const s = design('obrien-fleming', 2, undefined, {
        endpoint: { type: 'binary' },
        arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.3 }],
        analysis: { test, alpha: 0.05, sides: 2 },
        design: { nPerArm: [100], dropout: 0.1 },
      });
      const p = simulate(s).rows[0].power;
      // Fisher's exact test is conservative: at most the level.
      if (test === 'fisher') expect(p).toBeLessThan(0.025 + tol(0.025, SIMS));
      else expect(Math.abs(p - 0.025)).toBeLessThan(tol(0.025, SIMS));
    });
});

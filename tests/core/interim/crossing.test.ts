import { describe, expect, it } from 'vitest';
import { groupSequentialBounds } from '../../../src/core/interim/boundaries.ts';
import { crossingProbabilities, expectedSampleSize, lookSizes } from '../../../src/core/interim/crossing.ts';
import { normalSf } from '../../../src/core/distributions/normal.ts';
import { RandomStream } from '../../../src/core/random/stream.ts';
import { cases, specOf } from './fixtures.ts';

describe('exact crossing probabilities of a group-sequential design', () => {
  it(`match rpact's getPowerAndAverageSampleNumber to 1e-6 (expected n to 5e-5 of 100) for ${cases.length} designs × 3 drifts`, () => {
    let checked = 0;
    for (const c of cases) {
      const b = groupSequentialBounds(specOf(c), c.alpha);
      for (const x of c.crossing) {
        const p = crossingProbabilities(b, x.information, x.theta);
        const at = `${c.name} theta ${x.theta}`;
        p.efficacy.forEach((v, k) => expect(Math.abs(v - x.efficacy[k]), `${at} efficacy ${k + 1}`).toBeLessThan(1e-6));
        p.futility.forEach((v, k) => expect(Math.abs(v - x.futility[k]), `${at} futility ${k + 1}`).toBeLessThan(1e-6));
        expect(Math.abs(p.power - x.power), at).toBeLessThan(1e-6);
        expect(Math.abs(expectedSampleSize(p.stop, x.information) - x.expectedN), at).toBeLessThan(5e-5);
        checked++;
      }
    }
    expect(checked).toBe(3 * cases.length);
  });

  it('under the null without futility the rejections add up to alpha; stopping probabilities add up to 1', () => {
    const b = groupSequentialBounds({ informationRates: [0.2, 0.5, 0.7, 1], efficacy: 'pocock' }, 0.05);
    const p = crossingProbabilities(b, [0.2, 0.5, 0.7, 1], 0);
    expect(p.power).toBeCloseTo(0.05, 7);
    const q = crossingProbabilities({ ...b, futilityZ: [0.3, 0.3, 0.3, -Infinity] }, [20, 50, 70, 100], 0.25);
    expect(q.stop.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(q.stop[3]).toBeCloseTo(1 - q.efficacy.slice(0, 3).reduce((s, v) => s + v, 0) - q.futility.slice(0, 3).reduce((s, v) => s + v, 0), 12);
  });

  it('one look is the fixed design: power Φ̄(b − θ√I)', () => {
    const p = crossingProbabilities({ criticalZ: [1.96], futilityZ: [-Infinity] }, [64 / 2], 0.5);
    expect(p.power).toBeCloseTo(normalSf(1.96 - 0.5 * Math.sqrt(32)), 12);
  });

  it('agree with a Monte Carlo of the z process at rounded look sizes (two arms, n = 37, σ = 1) within 4 MCSE', () => {
    const spec = { informationRates: [0.3, 0.65, 1], efficacy: 'obrien-fleming' as const, futility: { z: 0.2, binding: false } };
    const b = groupSequentialBounds(spec, 0.025);
    const n = lookSizes(spec.informationRates, 37);
    const info = n.map((m) => m / 2);
    const theta = 0.5;
    const exact = crossingProbabilities(b, info, theta);
    const sims = 100_000;
    const s = new RandomStream('interim-crossing');
    const eff = [0, 0, 0];
    const fut = [0, 0, 0];
    for (let i = 0; i < sims; i++) {
      let score = 0;
      for (let k = 0; k < 3; k++) {
        const d = info[k] - (k ? info[k - 1] : 0);
        score += theta * d + Math.sqrt(d) * s.normal();
        const z = score / Math.sqrt(info[k]);
        if (z >= b.criticalZ[k]) { eff[k]++; break; }
        if (z < b.futilityZ[k]) { fut[k]++; break; }
      }
    }
    const within = (count: number, p: number) => expect(Math.abs(count / sims - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / sims) + 1e-9);
    eff.forEach((c, k) => within(c, exact.efficacy[k]));
    fut.forEach((c, k) => within(c, exact.futility[k]));
  });
});

describe('lookSizes', () => {
  it('rounds rate × n as the rate is written', () => {
    expect(lookSizes([0.15, 0.5, 1], 30)).toEqual([5, 15, 30]);
    expect(lookSizes([1 / 3, 2 / 3, 1], 10)).toEqual([3, 7, 10]);
  });
});

describe('crossingProbabilities guards its inputs (programmer errors)', () => {
  it('throws when looks and bounds differ in number or information does not increase', () => {
    const b = { criticalZ: [2.5, 2], futilityZ: [-Infinity, -Infinity] };
    expect(() => crossingProbabilities(b, [10], 0)).toThrow(RangeError);
    expect(() => crossingProbabilities(b, [10, 10], 0)).toThrow(RangeError);
    expect(() => crossingProbabilities(b, [0, 10], 0)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { planPoints } from '../../../src/core/sim/plan.ts';
import { PointSimulator } from '../../../src/core/sim/pointSimulator.ts';
import { scenario } from './helpers.ts';

/** Power from `chunks` chunks of one point, by the summary shortcut or from full patient data. */
function power(fullData: boolean, test: 'student' | 'welch', dropout: number, chunks: number): number {
  const s = scenario({
    arms: [
      { label: 'C', mean: 0, sd: 1 },
      { label: 'T', mean: 0.6, sd: 1.8 },
    ],
    analysis: { test, alpha: 0.05, sides: 2 },
    design: { nPerArm: [25], dropout },
    simulation: { sims: chunks * 1000, seed: fullData ? 'full' : 'short' },
  });
  const sim = new PointSimulator(s, planPoints(s)[0], 0, fullData);
  let rejections = 0;
  for (let c = 0; c < chunks; c++) rejections += sim.runChunk(c).rejections[0];
  return rejections / (chunks * 1000);
}

describe('the exact summary shortcut agrees with full patient data', () => {
  for (const test of ['student', 'welch'] as const) {
    for (const dropout of [0, 0.2]) {
      it(`${test}, dropout ${dropout}`, () => {
        const a = power(false, test, dropout, 30);
        const b = power(true, test, dropout, 30);
        // Two independent estimates: their difference has sd √(2p(1−p)/sims).
        const sd = Math.sqrt((2 * a * (1 - a)) / 30_000);
        expect(Math.abs(a - b)).toBeLessThan(4 * sd);
      });
    }
  }
});

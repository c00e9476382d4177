import { describe, expect, it } from 'vitest';
import { planPoints } from '../../../src/core/sim/plan.ts';
import { PointSimulator } from '../../../src/core/sim/pointSimulator.ts';
import { scenario } from './helpers.ts';

describe('PointSimulator.runChunk', () => {
  // 2500 sims = chunks 0, 1 (1000 trials each) and 2 (500 trials).
  const s = scenario({ simulation: { sims: 2500, seed: 'chunks' } });
  const sim = new PointSimulator(s, planPoints(s)[0], 0);

  it('runs every chunk of the plan, the last one partial', () => {
    expect([0, 1, 2].map((c) => sim.runChunk(c).trials)).toEqual([1000, 1000, 500]);
  });

  it('refuses a chunk index past the end (it used to return negative counts)', () => {
    expect(() => sim.runChunk(3)).toThrow(/chunk must be an integer from 0 to 2, got 3/);
    expect(() => sim.runChunk(1000)).toThrow(RangeError);
  });

  it('refuses a negative or fractional chunk index', () => {
    expect(() => sim.runChunk(-1)).toThrow(RangeError);
    expect(() => sim.runChunk(0.5)).toThrow(RangeError);
    expect(() => sim.runChunk(NaN)).toThrow(RangeError);
  });
});

/** A minimal trial loop for the trend test, with the engine's own pieces (completers, summary generator, streams). */
import { TrendTest } from '../../../src/core/mcpmod/trendTest.ts';
import type { TrendTestOptions } from '../../../src/core/mcpmod/types.ts';
import { streamFor } from '../../../src/core/random/index.ts';
import { Completers } from '../../../src/core/sim/completers.ts';
import { NormalSummaryGenerator } from '../../../src/core/sim/generators/normalSummary.ts';
import { Workspace } from '../../../src/core/workspace.ts';

export interface TrendCounts {
  trials: number;
  significant: number;
  bestCorrect: number;
  medCorrect: number;
  undefinedTrials: number;
  test: TrendTest;
}

/**
 * Simulates `trials` trials of normal data with the arms' true means and sds (one common sd, or one per arm), in chunks
 * of 1000; `onTrial` sees every trial's test after it ran.
 */
export function simulateTrend(
  o: TrendTestOptions,
  sd: number | readonly number[],
  dropout: number,
  trials: number,
  seed: string,
  onTrial?: (t: TrendTest) => void,
): TrendCounts {
  const test = new TrendTest(o);
  const k = o.n.length;
  const ws = new Workspace(o.n, false, false);
  const sds = typeof sd === 'number' ? new Float64Array(k).fill(sd) : Float64Array.from(sd);
  const gen = new NormalSummaryGenerator(Float64Array.from(o.trueMeans), sds);
  const completers = new Completers(o.n, new Array(k).fill(dropout));
  const out: TrendCounts = { trials, significant: 0, bestCorrect: 0, medCorrect: 0, undefinedTrials: 0, test };
  for (let c = 0; c * 1000 < trials; c++) {
    const stream = streamFor(seed, c);
    for (let t = c * 1000; t < Math.min(trials, (c + 1) * 1000); t++) {
      completers.draw(stream, ws.m);
      gen.generate(stream, ws);
      test.run(ws);
      onTrial?.(test);
      if (test.significant) out.significant++;
      if (test.significant && test.bestArm === test.trueBestArm) out.bestCorrect++;
      if (test.significant && test.medArm === test.trueMedArm) out.medCorrect++;
      if (test.maxT !== test.maxT) out.undefinedTrials++;
    }
  }
  return out;
}

/** Half-width allowed between a simulated proportion and its exact value: 4 Monte Carlo SEs. */
export function tol(p: number, sims: number): number {
  return 4 * Math.sqrt((p * (1 - p)) / sims);
}

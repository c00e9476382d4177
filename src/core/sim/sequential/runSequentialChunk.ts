import type { RandomStream } from '../../random/index.ts';
import type { ResolvedScenario } from '../../scenario/types.ts';
import type { ChunkResult } from '../chunkResult.ts';
import { SequentialTrials, type InterimCounts, type SequentialTally } from './sequentialTrials.ts';

/** A chunk's counts: a ChunkResult (../chunkResult.ts) without point, chunk and mode, with its interim counts. */
export type SequentialChunk = Omit<ChunkResult, 'point' | 'chunk' | 'mode' | 'interim' | 'td' | 'analytic'> & { interim: InterimCounts };

/**
 * One chunk of a group-sequential design's trials as a ChunkResult (point, chunk and mode set by the caller).
 * `trials` is the point's simulator, reused across chunks (built on the first). An arm that crosses a bound
 * does so in the benefit direction, so its rejections and benefits are the same counts (power = powerBenefit).
 */
export function runSequentialChunk(
  s: ResolvedScenario,
  n: readonly number[],
  trials: SequentialTrials | null,
  stream: RandomStream,
  count: number,
): { result: SequentialChunk; trials: SequentialTrials } {
  const sim = trials ?? new SequentialTrials(s, n);
  const k = n.length - 1;
  const cells = k * sim.looks;
  const tally: SequentialTally = { rejections: new Int32Array(n.length), any: 0, undefinedTrials: 0, smallExpected: 0 };
  const interim: InterimCounts = { efficacy: new Array<number>(cells).fill(0), futility: new Array<number>(cells).fill(0), controlN: 0 };
  sim.run(stream, count, tally, interim);
  const rejections = Array.from(tally.rejections.subarray(1));
  return {
    result: {
      trials: count,
      rejections,
      benefits: rejections.slice(),
      anyRejections: tally.any,
      anyBenefit: tally.any,
      undefinedTrials: tally.undefinedTrials,
      smallExpected: tally.smallExpected,
      trendSignificant: 0,
      bestDoseSelected: 0,
      medSelected: 0,
      interim,
    },
    trials: sim,
  };
}

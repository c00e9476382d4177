import { ChunkRunner } from '../engine.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { ExperimentChunk, ExperimentTask } from './types.ts';

/**
 * Experiments whose points are whole engine scenarios (one grid point each): chunk c of point p is
 * the engine's chunk c of that scenario, with the engine's own stream (scenario seed, n, chunk).
 * Counts: [rejections of the first treatment arm, undefined trials].
 */
export class EnginePoints {
  private readonly runners = new Map<number, ChunkRunner>();

  /**
   * `exactFor` (optional): a point's closed form, computed with its chunk 0 (in the worker: Fisher's exact power
   * by enumeration takes ~2 s at n = 2000) and carried in sums[0]; the other chunks carry no sums, so the merged
   * sums[0] is exactly that value once chunk 0 has arrived (and absent before).
   */
  constructor(
    private readonly scenarioFor: (point: number) => ResolvedScenario,
    private readonly exactFor?: (point: number) => number,
  ) {}

  run(task: ExperimentTask): ExperimentChunk {
    let runner = this.runners.get(task.point);
    if (runner === undefined) {
      runner = new ChunkRunner(this.scenarioFor(task.point));
      this.runners.set(task.point, runner);
    }
    const r = runner.run({ point: 0, chunk: task.chunk });
    const sums = this.exactFor !== undefined && task.chunk === 0 ? [this.exactFor(task.point)] : [];
    return { point: task.point, chunk: task.chunk, trials: r.trials, counts: [r.rejections[0], r.undefinedTrials], sums };
  }
}

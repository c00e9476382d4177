import { ChunkRunner } from '../engine.ts';
import type { ValidScenario } from '../scenario/types.ts';
import type { ExperimentChunk, ExperimentTask } from './types.ts';

/**
 * Experiments whose points are whole engine scenarios (one grid point each): chunk c of point p is
 * the engine's chunk c of that scenario, with the engine's own stream (scenario seed, n, chunk).
 * Counts: [rejections of the first treatment arm, undefined trials].
 */
export class EnginePoints {
  private readonly runners = new Map<number, ChunkRunner>();

  constructor(private readonly scenarioFor: (point: number) => ValidScenario) {}

  run(task: ExperimentTask): ExperimentChunk {
    let runner = this.runners.get(task.point);
    if (runner === undefined) {
      runner = new ChunkRunner(this.scenarioFor(task.point));
      this.runners.set(task.point, runner);
    }
    const r = runner.run({ point: 0, chunk: task.chunk });
    return { point: task.point, chunk: task.chunk, trials: r.trials, counts: [r.rejections[0], r.undefinedTrials], sums: [] };
  }
}

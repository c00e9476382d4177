import { Accumulator, type SimulationResult } from './results/accumulator.ts';
import type { ValidScenario } from './scenario/types.ts';
import { planPoints, planTasks, type PlanPoint, type Task } from './sim/plan.ts';
import { PointSimulator, type ChunkResult } from './sim/pointSimulator.ts';

/** Engine version: part of every result, since it fixes the random streams and the algorithms. */
export const ENGINE_VERSION = '0.1.0';

/** Runs (point, chunk) tasks of one scenario; keeps one simulator per point for reuse. */
export class ChunkRunner {
  private readonly points: PlanPoint[];
  private readonly sims = new Map<number, PointSimulator>();

  constructor(private readonly s: ValidScenario) {
    this.points = planPoints(s);
  }

  run(task: Task): ChunkResult {
    let sim = this.sims.get(task.point);
    if (sim === undefined) {
      sim = new PointSimulator(this.s, this.points[task.point], task.point);
      this.sims.set(task.point, sim);
    }
    return sim.runChunk(task.chunk, task.mode ?? 'power');
  }
}

/**
 * Simulates a whole validated scenario on the calling thread.
 * @example simulate(validateScenario(json).scenario).rows[0].power
 */
export function simulate(s: ValidScenario): SimulationResult {
  const runner = new ChunkRunner(s);
  const acc = new Accumulator(s);
  for (const task of planTasks(s)) acc.add(runner.run(task));
  return acc.result();
}

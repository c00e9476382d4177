import { Accumulator } from './results/accumulator.ts';
import type { SimulationResult } from './results/types.ts';
import { analyticPower } from './results/analytic.ts';
import type { ResolvedScenario } from './scenario/types.ts';
import { planPoints, planTasks, type PlanPoint, type Task } from './sim/plan.ts';
import { PointSimulator, type ChunkResult } from './sim/pointSimulator.ts';

// The page imports the version from its own file, so it does not pull the simulator into its bundle.
export { ENGINE_VERSION } from './version.ts';

/**
 * Runs (point, chunk) tasks of one scenario; keeps one simulator per point for reuse. The first power chunk of a
 * point also carries that point's closed forms, so they are computed where the chunks run (a worker), never on the
 * page's thread (issue 9: a closed form that hung froze the tab).
 */
export class ChunkRunner {
  private readonly points: PlanPoint[];
  private readonly sims = new Map<number, PointSimulator>();

  constructor(private readonly s: ResolvedScenario) {
    this.points = planPoints(s);
  }

  run(task: Task): ChunkResult {
    let sim = this.sims.get(task.point);
    if (sim === undefined) {
      sim = new PointSimulator(this.s, this.points[task.point], task.point);
      this.sims.set(task.point, sim);
    }
    const out = sim.runChunk(task.chunk, task.mode ?? 'power');
    if (task.chunk === 0 && out.mode === 'power') {
      const point = this.points[task.point];
      out.analytic = Array.from({ length: this.s.arms.length - 1 }, (_, i) => analyticPower(this.s, point, i + 1));
    }
    return out;
  }
}

/**
 * Simulates a whole validated scenario on the calling thread.
 * @example simulate(validateScenario(json).scenario).rows[0].power
 */
export function simulate(s: ResolvedScenario): SimulationResult {
  const runner = new ChunkRunner(s);
  const acc = new Accumulator(s);
  for (const task of planTasks(s)) acc.add(runner.run(task));
  return acc.result();
}

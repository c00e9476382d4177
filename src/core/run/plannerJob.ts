import { Accumulator } from '../results/accumulator.ts';
import type { SimulationResult } from '../results/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { estimateWork } from '../scenario/workEstimate.ts';
import { extraModes, planTasks, type Task } from '../sim/plan.ts';
import type { ChunkResult } from '../sim/pointSimulator.ts';
import type { Job } from './job.ts';

/** Trials a scenario runs: every grid point, once per mode (power, and assurance or the enrichment populations). */
export function scenarioTrials(s: ResolvedScenario): number {
  return (1 + extraModes(s).length) * s.simulation.sims * s.design.nPerArm.length;
}

/**
 * The planner as a job: one validated scenario, its (point, chunk, mode) tasks (run by the engine's ChunkRunner
 * in the workers) and the Accumulator. Parameters are a ResolvedScenario: validateScenario checked them at the edge (form, file or link),
 * so `check` only guards what the pool itself relies on.
 */
export const plannerJob: Job<ResolvedScenario, Task, ChunkResult, SimulationResult> = {
  name: 'planner',
  check: (s) => (s.design.nPerArm.length > 0 && s.simulation.sims >= 1 ? [] : ['the scenario needs at least one n and one trial']),
  tasks: planTasks,
  total: scenarioTrials,
  work: estimateWork,
  merger(s) {
    const acc = new Accumulator(s);
    let done = 0;
    return {
      add(c) {
        acc.add(c);
        done += c.trials;
      },
      get trialsDone() {
        return done;
      },
      result: () => acc.result(),
    };
  },
};

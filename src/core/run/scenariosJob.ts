import type { SimulationResult } from '../results/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { Task } from '../sim/plan.ts';
import type { ChunkResult } from '../sim/pointSimulator.ts';
import { estimateWork } from '../scenario/workEstimate.ts';
import type { Job, Merger } from './job.ts';
import { plannerJob, scenarioTrials } from './plannerJob.ts';

/** Task `task` of scenario number `scenario` in the list. */
export interface ScenarioTask {
  scenario: number;
  task: Task;
}

export interface ScenarioChunk {
  scenario: number;
  chunk: ChunkResult;
}

/**
 * Several validated scenarios in one run (the sensitivity analysis's derived scenarios): each one's tasks run
 * as the planner runs them, with its own streams, so each result is exactly its own planner run's. Tasks come
 * scenario by scenario, so the first scenarios finish first. The result lists each scenario's result once all
 * its trials are in (null before): a partial point is never shown beside finished ones.
 */
export const scenariosJob: Job<readonly ResolvedScenario[], ScenarioTask, ScenarioChunk, (SimulationResult | null)[]> = {
  name: 'scenarios',
  check: (list) => (list.length > 0 ? list.flatMap((s, i) => plannerJob.check(s).map((e) => `scenario ${i + 1}: ${e}`)) : ['no scenarios to run']),
  tasks: (list) => list.flatMap((s, scenario) => plannerJob.tasks(s).map((task) => ({ scenario, task }))),
  total: (list) => list.reduce((sum, s) => sum + scenarioTrials(s), 0),
  work: (list) => list.reduce((sum, s) => sum + estimateWork(s), 0),
  merger(list) {
    const parts: Merger<ChunkResult, SimulationResult>[] = list.map((s) => plannerJob.merger(s));
    const finished: (SimulationResult | null)[] = list.map(() => null);
    let done = 0;
    return {
      add({ scenario, chunk }) {
        parts[scenario].add(chunk);
        done += chunk.trials;
        if (parts[scenario].trialsDone === scenarioTrials(list[scenario])) finished[scenario] = parts[scenario].result();
      },
      get trialsDone() {
        return done;
      },
      result: () => finished.slice(),
    };
  },
};

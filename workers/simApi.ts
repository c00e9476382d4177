import { ChunkRunner } from '../src/core/engine.ts';
import type { ValidScenario } from '../src/core/scenario/types.ts';
import type { Task } from '../src/core/sim/plan.ts';
import type { ChunkResult } from '../src/core/sim/pointSimulator.ts';

let current: { id: string; runner: ChunkRunner } | null = null;

/** What a simulation worker offers: run chunks of one (already validated) scenario. */
export const simApi = {
  run(id: string, scenario: ValidScenario, tasks: Task[]): ChunkResult[] {
    if (current === null || current.id !== id) current = { id, runner: new ChunkRunner(scenario) };
    const runner = current.runner;
    return tasks.map((t) => runner.run(t));
  },
  ping(): string {
    return 'ok';
  },
};

export type SimApi = typeof simApi;

import { ChunkRunner } from '../src/core/engine.ts';
import type { ValidScenario } from '../src/core/scenario/types.ts';
import type { Task } from '../src/core/sim/plan.ts';
import type { ChunkResult } from '../src/core/sim/pointSimulator.ts';
import { solveEffect, type EffectSolution } from '../src/core/solve/solveEffect.ts';
import { solveN, type SolveNResult } from '../src/core/solve/solveN.ts';

/** The app's searches: the n for the target (when the grid falls short) and the smallest detectable effect at the first n. */
export interface SolveAnswer {
  n: SolveNResult | null;
  effect: EffectSolution | null;
}

let current: { id: string; runner: ChunkRunner } | null = null;

/** What a simulation worker offers: run chunks of one (already validated) scenario. */
export const simApi = {
  run(id: string, scenario: ValidScenario, tasks: Task[]): ChunkResult[] {
    if (current === null || current.id !== id) current = { id, runner: new ChunkRunner(scenario) };
    const runner = current.runner;
    return tasks.map((t) => runner.run(t));
  },
  /** Runs the searches of src/core/solve here in the worker, never on the page's thread. */
  solve(scenario: ValidScenario, target: number, wantN: boolean): SolveAnswer {
    return { n: wantN ? solveN(scenario, target) : null, effect: solveEffect(scenario, target) };
  },
  ping(): string {
    return 'ok';
  },
};

export type SimApi = typeof simApi;

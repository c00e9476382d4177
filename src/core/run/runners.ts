import { ChunkRunner } from '../engine.ts';
import type { ChunkResult } from '../sim/chunkResult.ts';
import { combineChunks } from '../sim/combineChunks.ts';
import { EXPERIMENTS, type ExperimentName } from '../explain/registry.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { Task } from '../sim/plan.ts';
import { solveEffect } from '../solve/solveEffect.ts';
import { solveN } from '../solve/solveN.ts';
import { trendClosedFormN } from '../solve/trendClosedFormN.ts';
import type { JobName } from './job.ts';
import type { ScenarioChunk, ScenarioTask } from './scenariosJob.ts';
import type { SolveChunk, SolveParams, SolveSearch } from './solveJob.ts';
import type { TrendNParams } from './trendNJob.ts';

/** The workers' side of a job: runs tasks of one parameter set, keeping its buffers between tasks. */
export type Runner<P, T, C> = (params: P) => (task: T) => C;

const planner: Runner<ResolvedScenario, Task, ReturnType<ChunkRunner['run']>> = (s) => {
  const runner = new ChunkRunner(s);
  return (task) => runner.run(task);
};

const scenarios: Runner<readonly ResolvedScenario[], ScenarioTask, ScenarioChunk> = (list) => {
  const runners = list.map(planner);
  return ({ scenario, task }) => ({ scenario, chunk: runners[scenario](task) });
};

const solve: Runner<SolveParams, SolveSearch, SolveChunk> = (p) => (search) =>
  search === 'n' ? { search, n: solveN(p.scenario, p.target) } : { search, effect: solveEffect(p.scenario, p.target) };

const trendN: Runner<TrendNParams, 'n', ReturnType<typeof trendClosedFormN>> = (p) => () => trendClosedFormN(p.scenario, p.target);

/** Every job's runner by name (the worker's registry; the page's side of each job is its Job object). */
const RUNNERS: Record<JobName, Runner<never, never, unknown>> = {
  planner,
  scenarios,
  solve,
  trendN,
  ...(Object.fromEntries(Object.entries(EXPERIMENTS).map(([name, e]) => [name, (p: never) => e.runner(p)])) as unknown as Record<ExperimentName, Runner<never, never, unknown>>),
};

/** Whether the workers know a job called `name`. */
export function hasRunner(name: string): boolean {
  return Object.hasOwn(RUNNERS, name);
}

/** The runner of job `name` on `params` (throws for a name no job has: a page of another version). */
export function runnerFor(name: JobName, params: unknown): (task: unknown) => unknown {
  if (!hasRunner(name)) throw new Error(`unknown job "${name}"`);
  return RUNNERS[name](params as never) as (task: unknown) => unknown;
}

/**
 * How a worker hands back a batch of job `name`'s results: the planner's and the scenario list's chunk results with
 * those of the same point (and scenario) added together (combineChunks: exact integer sums, fewer objects for the
 * page to decode); every other job's as they are.
 */
export function combinerFor(name: JobName): (results: unknown[]) => unknown[] {
  if (name === 'planner') return (results) => combineChunks(results as ChunkResult[]);
  if (name === 'scenarios') return combineScenarioChunks as (results: unknown[]) => unknown[];
  return (results) => results;
}

function combineScenarioChunks(results: ScenarioChunk[]): ScenarioChunk[] {
  const by = new Map<number, ChunkResult[]>();
  for (const r of results) {
    const list = by.get(r.scenario);
    if (list) list.push(r.chunk);
    else by.set(r.scenario, [r.chunk]);
  }
  return [...by].flatMap(([scenario, chunks]) => combineChunks(chunks).map((chunk) => ({ scenario, chunk })));
}

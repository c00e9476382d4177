import { EXPERIMENTS } from '../explain/registry.ts';
import { experimentJob } from './experimentJob.ts';
import type { Job } from './job.ts';
import { plannerJob } from './plannerJob.ts';
import { scenariosJob } from './scenariosJob.ts';
import { solveJob } from './solveJob.ts';

/** Every job a worker runs, by the name the page and the worker know it by: the planner is one more experiment. */
export const JOBS = {
  planner: plannerJob,
  scenarios: scenariosJob,
  solve: solveJob,
  'power-by-difference': experimentJob(EXPERIMENTS['power-by-difference']),
  'null-difference': experimentJob(EXPERIMENTS['null-difference']),
  dilution: experimentJob(EXPERIMENTS.dilution),
  dichotomise: experimentJob(EXPERIMENTS.dichotomise),
  composite: experimentJob(EXPERIMENTS.composite),
  'winners-curse': experimentJob(EXPERIMENTS['winners-curse']),
  'many-looks': experimentJob(EXPERIMENTS['many-looks']),
} as const;

export type JobName = keyof typeof JOBS;
type Registry = typeof JOBS;
export type JobParams<N extends JobName> = Registry[N] extends Job<infer P, infer _T, infer _C, infer _R> ? P : never;
export type JobTask<N extends JobName> = Registry[N] extends Job<infer _P, infer T, infer _C, infer _R> ? T : never;
export type JobChunk<N extends JobName> = Registry[N] extends Job<infer _P, infer _T, infer C, infer _R> ? C : never;
export type JobResult<N extends JobName> = Registry[N] extends Job<infer _P, infer _T, infer _C, infer R> ? R : never;

/** The job called `name`, typed by its name (throws for a name no job has: a worker sent something stale). */
export function job<N extends JobName>(name: N): Job<JobParams<N>, JobTask<N>, JobChunk<N>, JobResult<N>> {
  const j = (JOBS as Record<string, unknown>)[name];
  if (j === undefined) throw new Error(`unknown job "${name}"`);
  return j as Job<JobParams<N>, JobTask<N>, JobChunk<N>, JobResult<N>>;
}

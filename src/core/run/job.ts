import type { ExperimentName } from '../explain/registry.ts';

/** Every job a worker runs: the planner is one more experiment. */
export type JobName = 'planner' | 'scenarios' | 'solve' | 'trendN' | ExperimentName;

/**
 * One run protocol for everything the workers simulate: the planner, the explanation page's experiments,
 * the sensitivity scenarios and the searches. check → plan → run chunks → summarise. A run is split into
 * tasks that any worker can run in any order (each task seeds its own stream), and merged exactly, so the
 * result never depends on how many workers ran it. `P` is plain serialisable data (it crosses to workers).
 * This is the page's side; the workers' side, the runner of each job, is in runners.ts, so the page's bundle
 * does not carry the simulators.
 */
export interface Job<P, T, C, R> {
  /** The name the workers know its runner by (src/core/run/runners.ts). */
  readonly name: JobName;
  /** Problems with untrusted parameters, in words naming the field (empty when fine). */
  check(params: P): string[];
  /** Every task, in the order they are handed out (chunk-major: a first rough answer comes early). */
  tasks(params: P): T[];
  /** Units of progress in the whole run: trials (searches, for the solver). */
  total(params: P): number;
  /** The page's side: adds chunks in any order and summarises what has arrived so far. */
  merger(params: P): Merger<C, R>;
  /**
   * How long one task may run before its worker is taken for hung, when a task is far longer than a chunk
   * of trials (a whole search). Unset: the pool's default for a first batch.
   */
  readonly taskLimitMs?: number;
  /**
   * The run's work in draw-equivalents (estimateWork), when the job can tell: a run below SMALL_WORK uses one worker
   * (workerCount.ts), as the command line does. Unset: every worker.
   */
  work?(params: P): number;
}

/** Adds chunks (in any order) and turns them into the result shown; exact, so order never matters. */
export interface Merger<C, R> {
  add(chunk: C): void;
  /** Units of progress merged so far (as `Job.total` counts them). */
  readonly trialsDone: number;
  result(): R;
}

/**
 * One run protocol for everything the workers simulate: the planner, the explanation page's experiments,
 * the sensitivity scenarios and the searches. check → plan → run chunks → summarise. A run is split into
 * tasks that any worker can run in any order (each task seeds its own stream), and merged exactly, so the
 * result never depends on how many workers ran it. `P` is plain serialisable data (it crosses to workers).
 */
export interface Job<P, T, C, R> {
  /** Problems with untrusted parameters, in words naming the field (empty when fine). */
  check(params: P): string[];
  /** Every task, in the order they are handed out (chunk-major: a first rough answer comes early). */
  tasks(params: P): T[];
  /** Units of progress in the whole run: trials (searches, for the solver). */
  total(params: P): number;
  /** The worker's side: runs tasks of one parameter set, keeping its buffers between tasks. */
  runner(params: P): (task: T) => C;
  /** The page's side: adds chunks in any order and summarises what has arrived so far. */
  merger(params: P): Merger<C, R>;
}

/** Adds chunks (in any order) and turns them into the result shown; exact, so order never matters. */
export interface Merger<C, R> {
  add(chunk: C): void;
  /** Units of progress merged so far (as `Job.total` counts them). */
  readonly trialsDone: number;
  result(): R;
}

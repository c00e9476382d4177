/**
 * The explanation page's experiments: pure, seeded simulations that return integer counts (and a few
 * float sums) per (point, chunk), so chunks can run on any worker in any order and merge exactly.
 */

/** One unit of work: chunk `chunk` of grid point `point`. */
export interface ExperimentTask {
  point: number;
  chunk: number;
}

/** What one chunk produced. `counts` are whole numbers (summed exactly); `sums` are floats. */
export interface ExperimentChunk {
  point: number;
  chunk: number;
  trials: number;
  counts: number[];
  sums: number[];
}

/** A point's merged chunks: counts summed, float sums added in chunk order (so never order-dependent). */
export interface MergedPoint {
  trials: number;
  counts: number[];
  sums: number[];
}

/** Runs the chunks of one parameter set, keeping its buffers between chunks (no allocation per trial). */
export type ChunkRunnerFn = (task: ExperimentTask) => ExperimentChunk;

/**
 * An experiment: `check` validates untrusted parameters at the edge (field-level messages), `plan`
 * gives the grid size and trials per point, `runner` simulates chunks, `summarize` turns merged
 * counts into the numbers shown. `P` is plain serialisable data.
 */
export interface Experiment<P, R> {
  check(params: P): string[];
  plan(params: P): { points: number; sims: number };
  runner(params: P): ChunkRunnerFn;
  summarize(params: P, points: readonly MergedPoint[]): R;
  /**
   * The run's work in estimateWork's draw-equivalents, when the experiment can tell: a run below SMALL_WORK uses one
   * worker (src/core/run/workerCount.ts). Unset: every worker.
   */
  work?(params: P): number;
}

/** Fields every experiment's parameters carry. */
export interface SimParams {
  seed: string;
  sims: number;
}

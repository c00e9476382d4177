import type { Job, JobName } from '../core/run/job.ts';
import { dispatch } from './dispatch.ts';
import { seatsFor, type WorkerSeat } from './seat.ts';
import { throttle } from './throttle.ts';
import type { WatchdogLimits } from './watchdog.ts';

/** A worker's API as the pool sees it (a Comlink Remote<WorkerApi> fits, in the browser and in Node). */
export interface RunRemote {
  /**
   * Runs `tasks` of run `id`. `params` go with a worker's first batch of a run only (later batches reuse
   * the runner built from them); a worker that does not hold run `id` and got no params answers null.
   */
  run(id: string, name: JobName, params: unknown, tasks: unknown[]): Promise<unknown[] | null>;
}

/** A run's result so far, and how far it got (in the job's units of progress, usually trials). */
export interface RunProgress<R> {
  result: R;
  done: number;
  total: number;
}

/** Partial results are published at most this often: a few renders a second (issue 11). */
export const PROGRESS_MS = 200;
/** A long run's updates thin out to this interval (see throttle): two a second, with the progress bar still moving. */
export const PROGRESS_MAX_MS = 500;

export interface PoolOptions<R> {
  /** Called with the partial result after a batch, at most every `progressMs`; never with the final one (it is returned). */
  onProgress?: (p: RunProgress<R>) => void;
  progressMs?: number;
  /** No partial result before the run is this old (default 0: the first batch's at once). */
  firstProgressMs?: number;
  /** Longest interval between updates late in a long run (default PROGRESS_MAX_MS, or `progressMs` when that is given). */
  progressMaxMs?: number;
  signal?: AbortSignal;
  /** Aim for batches of about this many milliseconds of work (fewer messages, quick cancel). */
  batchMs?: number;
  /** Watchdog limits (tests shorten them). */
  limits?: Partial<WatchdogLimits>;
  /** Use only the first this many workers (default: all). A seat not used is not started (seat.ts). */
  workers?: number;
}

let runCounter = 0;

/**
 * Runs job `j` on `params` over the workers: checks the parameters, plans the tasks, spreads them over the
 * workers (each pulling the next batch when free), merges the chunks and summarises. Chunks merge exactly, so
 * the result does not depend on the number of workers or the order batches finish. `params` must be plain data
 * (a snapshot). A worker that dies or hangs is replaced and its batch re-sent (see dispatch). Rejects with an
 * Error listing the problems for bad params, an AbortError when cancelled, a WorkerFailure when workers keep
 * failing. Pass a pool's seats, so dead workers can be replaced; plain remotes are re-used.
 */
export async function runPool<P, T, C, R>(
  workers: readonly (RunRemote | WorkerSeat<RunRemote>)[],
  j: Job<P, T, C, R>,
  params: P,
  opts: PoolOptions<R> = {},
): Promise<RunProgress<R>> {
  const errors = j.check(params);
  if (errors.length > 0) throw new Error(errors.join('; '));
  const id = `${j.name}-${++runCounter}-${Date.now()}`;
  const total = j.total(params);
  const merger = j.merger(params);
  const snapshot = () => ({ result: merger.result(), done: merger.trialsDone, total });
  const minMs = opts.progressMs ?? PROGRESS_MS;
  const gate = throttle(minMs, undefined, Math.max(minMs, opts.progressMaxMs ?? (opts.progressMs === undefined ? PROGRESS_MAX_MS : minMs)), opts.firstProgressMs ?? 0);
  const afterBatch = () => {
    if (opts.onProgress && merger.trialsDone < total && gate()) opts.onProgress(snapshot());
  };
  // The scenario crosses to each worker once a run, not with every batch: structured-cloning it is page-thread
  // work per message (issue 11). A worker that forgot the run (it keeps the last few) gets it again.
  const holding = new WeakSet<RunRemote>();
  const run = async (remote: RunRemote, batch: T[]): Promise<C[]> => {
    const known = holding.has(remote);
    holding.add(remote);
    const out = known ? await remote.run(id, j.name, undefined, batch) : null;
    return (out ?? (await remote.run(id, j.name, params, batch))) as C[];
  };
  const limits = j.taskLimitMs === undefined ? opts.limits : { firstMs: j.taskLimitMs, floorMs: j.taskLimitMs, ...opts.limits };
  await dispatch(seatsFor(workers).slice(0, Math.max(1, opts.workers ?? workers.length)), j.tasks(params), run, (c: C) => merger.add(c), { ...opts, limits, afterBatch });
  return snapshot();
}

import { ExperimentAccumulator } from '../core/explain/accumulate.ts';
import { experimentTasks } from '../core/explain/plan.ts';
import { EXPERIMENTS, type AnyParams, type ExperimentName, type ParamsOf, type ResultOf } from '../core/explain/registry.ts';
import type { Experiment, ExperimentChunk, ExperimentTask } from '../core/explain/types.ts';
import { dispatch } from './dispatch.ts';
import { seatsFor, type WorkerSeat } from './seat.ts';
import type { WatchdogLimits } from './watchdog.ts';

/** A worker's experiment API as the pool sees it (a Comlink Remote<WorkerApi> fits). */
export interface ExperimentRemote {
  runExperiment(id: string, name: ExperimentName, params: AnyParams, tasks: ExperimentTask[]): Promise<ExperimentChunk[]>;
}

export interface ExperimentProgress<R> {
  result: R;
  done: number;
  total: number;
}

export interface ExperimentPoolOptions<R> {
  /** Called with the running summary after a batch, at most every `progressMs`. */
  onProgress?: (p: ExperimentProgress<R>) => void;
  progressMs?: number;
  signal?: AbortSignal;
  /** Aim for batches of about this many milliseconds of work. */
  batchMs?: number;
  /** Watchdog limits (tests shorten them). */
  limits?: Partial<WatchdogLimits>;
}

let counter = 0;

/**
 * Spreads an experiment's (point, chunk) tasks over workers, each pulling the next batch when free,
 * like runPool does for scenarios. Chunks merge exactly (integer counts; float sums in chunk order),
 * so the result does not depend on the number of workers. `params` must be plain data (a snapshot).
 * A worker that dies or hangs is replaced and its batch re-sent (see dispatch). Rejects with an
 * AbortError when cancelled, a WorkerFailure when workers keep failing, and with an Error listing
 * the problems for bad params.
 */
export async function runExperimentPool<N extends ExperimentName>(
  workers: readonly (ExperimentRemote | WorkerSeat<ExperimentRemote>)[],
  name: N,
  params: ParamsOf<N>,
  opts: ExperimentPoolOptions<ResultOf<N>> = {},
): Promise<ExperimentProgress<ResultOf<N>>> {
  const e = EXPERIMENTS[name] as unknown as Experiment<ParamsOf<N>, ResultOf<N>>;
  const errors = e.check(params);
  if (errors.length > 0) throw new Error(errors.join('; '));
  const id = `${name}-${++counter}-${Date.now()}`;
  const { points, sims } = e.plan(params);
  const tasks = experimentTasks(points, sims);
  const total = points * sims;
  const acc = new ExperimentAccumulator(points);
  const progressMs = opts.progressMs ?? 250;
  const snapshot = () => ({ result: e.summarize(params, acc.result()), done: acc.trialsDone, total });
  let last = 0;
  const afterBatch = () => {
    const now = performance.now();
    if (opts.onProgress && now - last >= progressMs && acc.trialsDone < total) {
      last = now;
      opts.onProgress(snapshot());
    }
  };
  const run = (remote: ExperimentRemote, batch: ExperimentTask[]) => remote.runExperiment(id, name, params as AnyParams, batch);
  await dispatch(seatsFor(workers), tasks, run, (c: ExperimentChunk) => acc.add(c), { ...opts, afterBatch });
  return snapshot();
}

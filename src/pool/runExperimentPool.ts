import { ExperimentAccumulator } from '../core/explain/accumulate.ts';
import { experimentTasks } from '../core/explain/plan.ts';
import { EXPERIMENTS, type AnyParams, type ExperimentName, type ParamsOf, type ResultOf } from '../core/explain/registry.ts';
import type { Experiment, ExperimentChunk, ExperimentTask } from '../core/explain/types.ts';

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
}

let counter = 0;

/**
 * Spreads an experiment's (point, chunk) tasks over workers, each pulling the next batch when free,
 * like runPool does for scenarios. Chunks merge exactly (integer counts; float sums in chunk order),
 * so the result does not depend on the number of workers. `params` must be plain data (a snapshot).
 * Rejects with an AbortError when cancelled, and with an Error listing the problems for bad params.
 */
export async function runExperimentPool<N extends ExperimentName>(
  remotes: readonly ExperimentRemote[],
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
  const batchMs = opts.batchMs ?? 60;
  const progressMs = opts.progressMs ?? 100;
  const aborted = () => opts.signal?.aborted === true;
  const snapshot = () => ({ result: e.summarize(params, acc.result()), done: acc.trialsDone, total });
  let next = 0;
  let last = 0;

  async function work(remote: ExperimentRemote): Promise<void> {
    let size = 1;
    while (next < tasks.length && !aborted()) {
      const batch = tasks.slice(next, next + size);
      next += batch.length;
      const t0 = performance.now();
      const chunks = await remote.runExperiment(id, name, params as AnyParams, batch);
      if (aborted()) return;
      for (const c of chunks) acc.add(c);
      const ms = performance.now() - t0;
      size = Math.max(1, Math.min(64, Math.round((size * batchMs) / Math.max(ms, 1))));
      const now = performance.now();
      if (opts.onProgress && now - last >= progressMs && next < tasks.length) {
        last = now;
        opts.onProgress(snapshot());
      }
    }
  }

  await Promise.all(remotes.map(work));
  if (aborted()) throw new DOMException('The simulation was cancelled', 'AbortError');
  return snapshot();
}

import type { JobName } from '../src/core/run/job.ts';
import { combinerFor, runnerFor } from '../src/core/run/runners.ts';
import { holdLifeline } from './lifeline.ts';

/** Runners of the last few runs, so interleaved runs (several sections or views at once) keep their buffers. */
const KEEP = 8;
const runners = new Map<string, (task: unknown) => unknown>();

/**
 * What every simulation worker offers, in the browser and in the CLI's threads alike: tasks of one run of
 * any job (src/core/run/runners.ts). `id` names the run: its runner is built from `params` on its first batch and reused;
 * later batches come without `params` (null back when this worker no longer holds the run: the page resends them).
 */
export const workerApi = {
  run(id: string, name: JobName, params: unknown, tasks: unknown[]): unknown[] | null {
    let run = runners.get(id);
    if (run === undefined) {
      if (params === undefined) return null; // the page sends the parameters again (src/pool/runPool.ts)
      run = runnerFor(name, params);
      runners.set(id, run);
      if (runners.size > KEEP) runners.delete(runners.keys().next().value!);
    }
    return combinerFor(name)(tasks.map(run));
  },
  /** Takes this worker's lifeline lock (see lifeline.ts); true once held, false without Web Locks (Node). */
  holdLifeline,
  ping(): string {
    return 'ok';
  },
};

export type WorkerApi = typeof workerApi;

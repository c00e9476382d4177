import type { JobName } from '../src/core/run/job.ts';
import { runnerFor } from '../src/core/run/runners.ts';
import { holdLifeline } from './lifeline.ts';

/** Runners of the last few runs, so interleaved runs (several sections or views at once) keep their buffers. */
const KEEP = 8;
const runners = new Map<string, (task: unknown) => unknown>();

/**
 * What every simulation worker offers, in the browser and in the CLI's threads alike: tasks of one run of
 * any job (src/core/run/runners.ts). `id` names the run: its runner is built on its first batch and reused.
 */
export const workerApi = {
  run(id: string, name: JobName, params: unknown, tasks: unknown[]): unknown[] {
    let run = runners.get(id);
    if (run === undefined) {
      run = runnerFor(name, params);
      runners.set(id, run);
      if (runners.size > KEEP) runners.delete(runners.keys().next().value!);
    }
    return tasks.map(run);
  },
  /** Takes this worker's lifeline lock (see lifeline.ts); true once held, false without Web Locks (Node). */
  holdLifeline,
  ping(): string {
    return 'ok';
  },
};

export type WorkerApi = typeof workerApi;

import { job, type JobChunk, type JobName, type JobParams, type JobTask } from '../src/core/run/jobs.ts';
import { holdLifeline } from './lifeline.ts';

/** Runners of the last few runs, so interleaved runs (several sections or views at once) keep their buffers. */
const KEEP = 8;
const runners = new Map<string, (task: unknown) => unknown>();

/**
 * What every simulation worker offers, in the browser and in the CLI's threads alike: tasks of one run of
 * any job (src/core/run/jobs.ts). `id` names the run: its runner is built on its first batch and reused.
 */
export const workerApi = {
  run<N extends JobName>(id: string, name: N, params: JobParams<N>, tasks: JobTask<N>[]): JobChunk<N>[] {
    let run = runners.get(id);
    if (run === undefined) {
      run = job(name).runner(params) as (task: unknown) => unknown;
      runners.set(id, run);
      if (runners.size > KEEP) runners.delete(runners.keys().next().value!);
    }
    return tasks.map(run) as JobChunk<N>[];
  },
  /** Takes this worker's lifeline lock (see lifeline.ts); true once held, false without Web Locks (Node). */
  holdLifeline,
  ping(): string {
    return 'ok';
  },
};

export type WorkerApi = typeof workerApi;

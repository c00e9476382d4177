import { experiment, type AnyParams, type ExperimentName } from '../src/core/explain/registry.ts';
import type { ChunkRunnerFn, ExperimentChunk, ExperimentTask } from '../src/core/explain/types.ts';

/** Runners of the last few runs, so interleaved runs (several sections at once) keep their buffers. */
const KEEP = 8;
const runners = new Map<string, ChunkRunnerFn>();

/** What a worker offers the explanation page: chunks of one (checked) experiment run. */
export const explainApi = {
  runExperiment(id: string, name: ExperimentName, params: AnyParams, tasks: ExperimentTask[]): ExperimentChunk[] {
    let run = runners.get(id);
    if (run === undefined) {
      run = experiment(name).runner(params);
      runners.set(id, run);
      if (runners.size > KEEP) runners.delete(runners.keys().next().value!);
    }
    return tasks.map(run);
  },
};

export type ExplainApi = typeof explainApi;

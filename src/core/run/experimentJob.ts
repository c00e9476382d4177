import { ExperimentAccumulator } from '../explain/accumulate.ts';
import { experimentTasks } from '../explain/plan.ts';
import { EXPERIMENTS, type ExperimentName, type ParamsOf, type ResultOf } from '../explain/registry.ts';
import type { Experiment, ExperimentChunk, ExperimentTask } from '../explain/types.ts';
import type { Job } from './job.ts';

/** An explanation-page experiment as a job: its grid of (point, chunk) tasks, merged by ExperimentAccumulator. */
export function experimentJob<N extends ExperimentName>(name: N): Job<ParamsOf<N>, ExperimentTask, ExperimentChunk, ResultOf<N>> {
  const e = EXPERIMENTS[name] as unknown as Experiment<ParamsOf<N>, ResultOf<N>>;
  return {
    name,
    check: (p) => e.check(p),
    tasks(p) {
      const { points, sims } = e.plan(p);
      return experimentTasks(points, sims);
    },
    work: e.work && ((p) => e.work!(p)),
    total(p) {
      const { points, sims } = e.plan(p);
      return points * sims;
    },
    merger(p) {
      const acc = new ExperimentAccumulator(e.plan(p).points);
      return {
        add: (c) => acc.add(c),
        get trialsDone() {
          return acc.trialsDone;
        },
        result: () => e.summarize(p, acc.result()),
      };
    },
  };
}

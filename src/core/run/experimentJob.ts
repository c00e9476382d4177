import { ExperimentAccumulator } from '../explain/accumulate.ts';
import { experimentTasks } from '../explain/plan.ts';
import type { Experiment, ExperimentChunk, ExperimentTask } from '../explain/types.ts';
import type { Job } from './job.ts';

/** An explanation-page experiment as a job: its grid of (point, chunk) tasks, merged by ExperimentAccumulator. */
export function experimentJob<P, R>(e: Experiment<P, R>): Job<P, ExperimentTask, ExperimentChunk, R> {
  return {
    check: (p) => e.check(p),
    tasks(p) {
      const { points, sims } = e.plan(p);
      return experimentTasks(points, sims);
    },
    total(p) {
      const { points, sims } = e.plan(p);
      return points * sims;
    },
    runner: (p) => e.runner(p),
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

import { ExperimentAccumulator } from './accumulate.ts';
import { experimentTasks } from './plan.ts';
import { EXPERIMENTS, type ExperimentName, type ParamsOf, type ResultOf } from './registry.ts';
import type { Experiment } from './types.ts';

/**
 * Runs a whole experiment on the calling thread (tests, scripts): checks the parameters, runs every
 * task, merges and summarizes. Throws on invalid parameters.
 * @example runLocally('many-looks', {seed: 's', sims: 10000, kMax: 5, rho: 0, alpha: 0.05}).points[4].independent // → 0.226
 */
export function runLocally<N extends ExperimentName>(name: N, params: ParamsOf<N>): ResultOf<N> {
  const e = EXPERIMENTS[name] as unknown as Experiment<ParamsOf<N>, ResultOf<N>>;
  const errors = e.check(params);
  if (errors.length > 0) throw new Error(`${name}: ${errors.join('; ')}`);
  const { points, sims } = e.plan(params);
  const run = e.runner(params);
  const acc = new ExperimentAccumulator(points);
  for (const task of experimentTasks(points, sims)) acc.add(run(task));
  return e.summarize(params, acc.result());
}

import { composite } from './composite.ts';
import { dichotomise } from './dichotomise.ts';
import { dilution } from './dilution.ts';
import { lossOfAmbulation } from './lossOfAmbulation.ts';
import { manyLooks } from './manyLooks.ts';
import { nullDifference } from './nullDifference.ts';
import { powerByDifference } from './powerByDifference.ts';
import type { Experiment } from './types.ts';
import { winnersCurse } from './winnersCurse.ts';

/** Every experiment the explanation page runs, by the name workers know it by. */
export const EXPERIMENTS = {
  'power-by-difference': powerByDifference,
  'null-difference': nullDifference,
  dilution,
  dichotomise,
  composite,
  'winners-curse': winnersCurse,
  'many-looks': manyLooks,
  'loss-of-ambulation': lossOfAmbulation,
} as const;

export type ExperimentName = keyof typeof EXPERIMENTS;
type Registry = typeof EXPERIMENTS;
export type ParamsOf<N extends ExperimentName> = Registry[N] extends Experiment<infer P, unknown> ? P : never;
export type ResultOf<N extends ExperimentName> = Registry[N] extends Experiment<infer _P, infer R> ? R : never;
/** Parameters of any experiment (what crosses to a worker). */
export type AnyParams = ParamsOf<ExperimentName>;

/** The experiment called `name`, typed loosely for code that handles every experiment alike. */
export function experiment(name: ExperimentName): Experiment<AnyParams, unknown> {
  const e = EXPERIMENTS[name] as Experiment<never, unknown> | undefined;
  if (e === undefined) throw new Error(`unknown experiment "${name}"`);
  return e as unknown as Experiment<AnyParams, unknown>;
}

import type { ResolvedScenario } from '../scenario/types.ts';
import { normalCdf, normalSf } from '../distributions/normal.ts';
import { logChangeFor, timedWalkResponderProbability } from './timedWalk.ts';
import { effectPlan } from '../effects/effectPlan.ts';

/** The generative model of one arm, resolved from the scenario. */
export type ArmModel =
  | { kind: 'normal'; mu: number; sd: number }
  | { kind: 'log-change'; muD: number; sdD: number; measure: 'time' | 'distance' }
  | { kind: 'binary'; p: number };

/**
 * Each arm's model. A responder arm becomes binary with its exact response probability.
 * @example armModels(trialT25fw)[0] // → { kind: 'log-change', muD ≈ 0.34, sdD ≈ 0.435, measure: 'time' }
 */
export function armModels(s: ResolvedScenario, values: readonly number[] = effectPlan(s).values): ArmModel[] {
  return s.arms.map((arm, i) => armModel(s, values[i], arm.sd));
}

/** The model of one arm whose analysed value (mean, or rate) is `value`. */
export function armModel(s: ResolvedScenario, value: number, sd: number): ArmModel {
  const e = s.endpoint;
  const mean = value;
  switch (e.type) {
    case 'binary':
      return { kind: 'binary', p: value };
    case 'continuous':
      return { kind: 'normal', mu: mean, sd };
    case 'timed-walk':
      return { kind: 'log-change', measure: e.measure, ...logChangeFor(e.measure, mean, sd) };
    case 'responder':
      return { kind: 'binary', p: responseRate(s, value, sd) };
  }
}


/**
 * The response rate of an arm whose analysed value is `value`: the rate itself for a binary endpoint,
 * else the exact probability that the source outcome passes the responder threshold. No allocation.
 */
export function responseRate(s: ResolvedScenario, value: number, sd: number): number {
  const e = s.endpoint;
  if (e.type !== 'responder') return value;
  const src = e.source;
  if (src.type === 'timed-walk') {
    const ratioMean = src.measure === 'distance' ? 1 + value / 100 : 1 - value / 100;
    const s2 = Math.log1p((sd / 100 / ratioMean) ** 2);
    return timedWalkResponderProbability(src.measure, { muD: Math.log(ratioMean) - s2 / 2, sdD: Math.sqrt(s2) }, e.threshold);
  }
  const z = (value - e.threshold) / sd;
  return src.direction === 'lower-is-better' ? normalSf(z) : normalCdf(z);
}

import type { Endpoint, ValidScenario } from '../scenario/types.ts';
import { normalCdf, normalSf } from '../dist/normal.ts';
import { logChangeFor, timedWalkResponderProbability } from './timedWalk.ts';

/** The generative model of one arm, resolved from the scenario. */
export type ArmModel =
  | { kind: 'normal'; mu: number; sd: number }
  | { kind: 'log-change'; muD: number; sdD: number; measure: 'time' | 'distance' }
  | { kind: 'binary'; p: number };

/** +1 when a higher value is better, −1 when lower is better; statistics are oriented by it. */
export function directionSign(endpoint: Endpoint): 1 | -1 {
  if (endpoint.type === 'continuous' || endpoint.type === 'binary')
    return endpoint.direction === 'lower-is-better' ? -1 : 1;
  return 1; // timed-walk % improvement and responders: higher is better by construction
}

/**
 * Each arm's model. A responder arm becomes binary with its exact response probability.
 * @example armModels(seedT25fw)[0] // → { kind: 'log-change', muD ≈ 0.34, sdD ≈ 0.435, measure: 'time' }
 */
export function armModels(s: ValidScenario): ArmModel[] {
  const e = s.endpoint;
  return s.arms.map((arm): ArmModel => {
    const mean = arm.mean ?? 0;
    const sd = arm.sd ?? 1;
    switch (e.type) {
      case 'binary':
        return { kind: 'binary', p: arm.rate ?? 0 };
      case 'continuous':
        return { kind: 'normal', mu: mean, sd };
      case 'timed-walk':
        return { kind: 'log-change', measure: e.measure ?? 'time', ...logChangeFor(e.measure, mean, sd) };
      case 'responder': {
        const src = e.source;
        if (src.type === 'timed-walk') {
          const lc = logChangeFor(src.measure, mean, sd);
          return { kind: 'binary', p: timedWalkResponderProbability(src.measure, lc, e.threshold) };
        }
        const z = (mean - e.threshold) / sd;
        return { kind: 'binary', p: src.direction === 'lower-is-better' ? normalSf(z) : normalCdf(z) };
      }
    }
  });
}

/** Mean and sd of the analysed value in an arm (for closed-form approximations). */
export function armMoments(s: ValidScenario, i: number): { mean: number; sd: number } {
  const arm = s.arms[i];
  return { mean: arm.mean ?? 0, sd: arm.sd ?? 1 };
}

import type { TimedWalkEndpoint } from '../scenario/types.ts';
import { normalCdf, normalSf } from '../distributions/normal.ts';

/** Log-normal parameters of the follow-up/baseline ratio R = exp(D), D ~ N(muD, sdD²). */
export interface LogChange {
  muD: number;
  sdD: number;
}

/**
 * Parameters of D = log(follow-up / baseline) that reproduce a % improvement's mean and sd exactly.
 * time (T25FW): improvement = 100·(1 − R); distance (6MWT): improvement = 100·(R − 1).
 * R is log-normal, so E[R] = exp(mu + s²/2) and Var[R] = E[R]²·(exp(s²) − 1) (moment matching).
 * @example logChangeFor('time', -54.4, 70.5) // → { muD ≈ 0.3397, sdD ≈ 0.4352 }
 */
export function logChangeFor(measure: TimedWalkEndpoint['measure'], mean: number, sd: number): LogChange {
  const ratioMean = measure === 'distance' ? 1 + mean / 100 : 1 - mean / 100;
  const ratioSd = sd / 100;
  const s2 = Math.log1p((ratioSd / ratioMean) ** 2);
  return { muD: Math.log(ratioMean) - s2 / 2, sdD: Math.sqrt(s2) };
}

/** The % improvement for a log change D (positive = better for both measures). */
export function improvementFromLogChange(measure: TimedWalkEndpoint['measure'], d: number): number {
  return measure === 'distance' ? 100 * Math.expm1(d) : -100 * Math.expm1(d);
}

/**
 * P(improvement ≥ threshold) for a timed walk: exact, since the improvement is monotone in D.
 * @example timedWalkResponderProbability('time', {muD: 0, sdD: 0.2}, 0) // → 0.5
 */
export function timedWalkResponderProbability(
  measure: TimedWalkEndpoint['measure'],
  lc: LogChange,
  threshold: number,
): number {
  if (measure === 'distance') {
    // 100·(R − 1) ≥ thr  ⇔  D ≥ log(1 + thr/100)
    return normalSf((Math.log1p(threshold / 100) - lc.muD) / lc.sdD);
  }
  // 100·(1 − R) ≥ thr  ⇔  D ≤ log(1 − thr/100)
  return normalCdf((Math.log1p(-threshold / 100) - lc.muD) / lc.sdD);
}

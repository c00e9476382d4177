import { LIMITS } from '../scenario/limits.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { estimateWork } from '../scenario/workEstimate.ts';

/**
 * The largest control-arm n the validator would allow this scenario to simulate as one grid point: at most
 * LIMITS.maxN, and within LIMITS.maxWork for its trials (work rises with n on the full-data path).
 * @example allowedN(welchScenario) // → 100000 (summary statistics: work does not grow with n)
 */
export function allowedN(s: ResolvedScenario): number {
  const fits = (n: number) => estimateWork({ ...s, design: { ...s.design, nPerArm: [n] } }) <= LIMITS.maxWork;
  if (fits(LIMITS.maxN)) return LIMITS.maxN;
  let lo: number = LIMITS.minN;
  let hi: number = LIMITS.maxN;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

import { lookSizes } from '../interim/crossing.ts';
import { LIMITS } from '../scenario/limits.ts';
import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * The smallest control-arm n the solver may try: LIMITS.minN, or for an interim design the smallest n at
 * which every look of both the control and a treatment arm holds at least LIMITS.minN patients, each look
 * more than the one before (the rule validation's checkInterimLooks applies to the grid), so the search
 * never simulates a design the validator would refuse.
 * @example smallestLookN(looksAtQuarterAndOne) // → 6 (round(0.25 × 6) = 2 is the first look of 2 patients)
 */
export function smallestLookN(s: ResolvedScenario, upTo: number = LIMITS.maxN): number {
  const rates = s.interim?.informationRates;
  if (!rates) return LIMITS.minN;
  const fits = (m: number) => lookSizes(rates, m).every((x, k, a) => x >= LIMITS.minN && (k === 0 || x > a[k - 1]));
  for (let n = LIMITS.minN; n <= upTo; n++) if (fits(n) && fits(Math.round(n * s.design.allocation))) return n;
  return upTo;
}

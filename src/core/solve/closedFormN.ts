import { analyticPower } from '../results/analytic.ts';
import { headlineIsBenefit } from '../results/headlineRows.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { pointAt } from './simulatedPower.ts';

/** The closed form of the headline quantity for arm i (1…k) at a control-arm n: the benefit tail if two-sided. */
export function closedFormPower(s: ResolvedScenario, nControl: number, i: number): { value: number; method: string } | null {
  const a = analyticPower(s, pointAt(s, nControl), i);
  const v = headlineIsBenefit(s) ? a.benefit : (a.benefit ?? a.value);
  return typeof v === 'number' && Number.isFinite(v) && a.method !== null ? { value: v, method: a.method } : null;
}

/**
 * Smallest control-arm n in [lo, hi] whose closed-form power for arm i reaches `target`, by doubling then
 * bisection (closed-form power rises with n); null when there is no closed form or hi does not reach it.
 * @example closedFormN(studentD05, 0.8, 1, 2, 100000)?.n // → 64
 */
export function closedFormN(s: ResolvedScenario, target: number, i: number, lo: number, hi: number): { n: number; power: number; method: string } | null {
  const at = (n: number) => closedFormPower(s, n, i);
  const top = at(hi);
  if (top === null || top.value < target) return null;
  let below = lo - 1;
  let above = lo;
  while ((at(above)?.value ?? 0) < target) {
    below = above;
    above = Math.min(hi, above * 2);
  }
  while (above - below > 1) {
    const mid = Math.floor((below + above) / 2);
    if ((at(mid)?.value ?? 0) >= target) above = mid;
    else below = mid;
  }
  const hit = at(above);
  return hit === null ? null : { n: above, power: hit.value, method: hit.method };
}

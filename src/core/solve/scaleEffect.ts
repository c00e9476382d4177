import { clampValue, effectPlan } from '../effects/effectPlan.ts';
import { LIMITS } from '../scenario/limits.ts';
import { withValue } from '../scenario/resolve.ts';
import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * The scenario with every treatment arm's planned difference (after the planning basis) multiplied by `m`:
 * each arm's value becomes control + m × planned, planned as observed. The control arm is unchanged.
 * @example effectPlan(scaleEffect(s, 2)).planned[1] === 2 * effectPlan(s).planned[1] // → true
 */
export function scaleEffect(s: ResolvedScenario, m: number): ResolvedScenario {
  const plan = effectPlan(s);
  const binary = s.endpoint.type === 'binary';
  const key = binary ? 'rate' : 'mean';
  const value = (i: number) => plan.values[0] + m * plan.planned[i];
  const arms = s.arms.map((a, i) => (i === 0 ? a : withValue(a, binary, value(i))));
  const effect = { ...s.effect, basis: 'observed' as const };
  // The written form follows, so the scaled scenario's link and run key describe it.
  const writtenArms = s.written.arms.map((a, i) => (i === 0 ? a : { ...a, [key]: value(i) }));
  return { ...s, arms, effect, written: { ...s.written, arms: writtenArms, effect } };
}

/**
 * The largest multiple the scenario allows: every scaled value inside the endpoint's range (a rate in [0, 1],
 * a time gain below 100%) and every standardised difference within the validator's limit.
 */
export function maxMultiple(s: ResolvedScenario): number {
  const plan = effectPlan(s);
  let m = 1e6;
  for (let i = 1; i < s.arms.length; i++) {
    const p = plan.planned[i];
    if (p === 0) continue;
    if (s.endpoint.type !== 'binary') {
      const sd = Math.min(s.arms[0].sd, s.arms[i].sd);
      m = Math.min(m, (LIMITS.maxStandardisedEffect * sd) / Math.abs(p));
    }
    // Shrink until the scaled value is not clamped (a rate of 0 or 1, a 99.9% time gain).
    while (m > 1e-9 && clampValue(s, plan.values[0] + m * p) !== plan.values[0] + m * p) m *= 0.99;
  }
  return m;
}

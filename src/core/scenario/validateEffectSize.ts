import { effectPlan } from '../effects/effectPlan.ts';
import type { Checker } from './checks.ts';
import { LIMITS } from './limits.ts';
import type { ResolvedScenario } from './types.ts';
import { significant } from '../report/numberText.ts';

/**
 * Refuses standardised effects beyond LIMITS.maxStandardisedEffect: d = (meanᵢ − mean₀)/√((sd₀² + sdᵢ²)/2) on the
 * analysed scale (the outcome, or the % improvement of a timed walk), at the given and at the planned (after the
 * effect basis) difference, after the dose-response model has filled in dose arms. Binary and responder endpoints
 * compare rates in [0, 1] (the validator and the dose model keep them there) and need no such limit.
 * Why: power is 1 to every printed digit long before |d| = 50 (|d| = 10 at 3 patients per arm already gives 1 − 1e-10;
 * at |d| = 50 it is 1 to double precision even at 2 per arm), and such
 * inputs are typing slips (an sd of 1e-9, a mean of 1e6, an exponential dose model giving 1e260).
 * @example a continuous scenario with means 0 and 1 and sds 1e-9 → "arms[1].mean gives a standardised effect …"
 */
export function checkEffectSizes(c: Checker, s: ResolvedScenario): boolean {
  const e = s.endpoint;
  if (e.type === 'binary' || e.type === 'responder') return true;
  const plan = effectPlan(s);
  const max = LIMITS.maxStandardisedEffect;
  const before = c.errors.length;
  for (let i = 1; i < s.arms.length; i++) {
    const scale = Math.sqrt((s.arms[0].sd ** 2 + s.arms[i].sd ** 2) / 2);
    const d = Math.max(Math.abs(plan.observed[i]), Math.abs(plan.planned[i])) / scale;
    if (d <= max) continue;
    const fromDose = s.arms[i].provenance?.mean === 'derived' && s.arms[i].dose !== undefined;
    const path = fromDose ? `arms[${i}].dose` : `arms[${i}].mean`;
    c.errors.push({
      path,
      message:
        `${path} gives a standardised effect |d| = ${d < 1e4 ? significant(d, 3) : d.toExponential(2)} (difference / sd against the control), ` +
        `more than the ${max} allowed: power is 1 to every printed digit long before; check the means and sds`,
    });
  }
  return c.errors.length === before;
}

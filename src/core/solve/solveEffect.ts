import { referenceArm } from '../effects/priorWeights.ts';
import { effectPlan } from '../effects/effectPlan.ts';
import { plannedDirection } from '../effects/plannedDirection.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { closedFormPower } from './closedFormN.ts';
import { maxMultiple, scaleEffect } from './scaleEffect.ts';
import { simulatedPower } from './simulatedPower.ts';

/** The smallest detectable effect at the scenario's first n (G*Power's sensitivity analysis). */
export interface EffectSolution {
  arm: string;
  nPerArm: number;
  /** Treatment − control difference on the analysed scale at which the simulated power reaches the target. */
  difference: number;
  /** That difference as a multiple of the planned one (every treatment arm's planned difference is scaled by it). */
  multiple: number;
  power: number;
  mcse: number;
  /** The closed form's multiple (the search's start), when the scenario has one. */
  closedFormMultiple: number | null;
}

/** Relative width at which the bisection on the multiple stops (0.1%). */
const TOLERANCE = 1e-3;

/**
 * Bisection on the multiple m of the planned effect: the closed form brackets it, then simulations on common
 * random numbers (one stream for every m, so the simulated power only moves with m) find the smallest m whose
 * power for the reference arm (the first treatment arm, or the dose-response reference) reaches `target`.
 * Null when even the largest allowed multiple falls short, or the planned effect is zero or favours the control.
 * @example solveEffect(studentD05at64, 0.8)?.multiple // → ≈ 1 (d = 0.5 is what 64 per arm detects)
 */
export function solveEffect(s: ResolvedScenario, target: number): EffectSolution | null {
  const i = referenceArm(s);
  const planned = effectPlan(s).planned[i];
  if (planned === 0 || plannedDirection(s)[i] <= 0) return null;
  const n = s.design.nPerArm[0];
  const sim = (m: number) => {
    const c = simulatedPower(scaleEffect(s, m), n, 'power', 'effect');
    return c.successes[i - 1] / c.trials;
  };
  const hiMax = maxMultiple(s);
  const closed = closedFormMultiple(s, target, i, n, hiMax);
  // Bracket [lo, hi] with sim(lo) < target ≤ sim(hi), starting around the closed form's multiple.
  let lo = 0;
  let hi = Math.min(hiMax, closed ?? 1);
  if (sim(hi) >= target) {
    let m = hi;
    while (m > 1e-6 && sim((m *= 0.8)) >= target) hi = m;
    lo = m;
  } else {
    lo = hi;
    while (true) {
      if (hi >= hiMax) return null;
      hi = Math.min(hiMax, hi * 1.25);
      if (sim(hi) >= target) break;
      lo = hi;
    }
  }
  while (hi - lo > TOLERANCE * hi) {
    const mid = (lo + hi) / 2;
    if (sim(mid) >= target) hi = mid;
    else lo = mid;
  }
  const power = sim(hi);
  const M = s.simulation.sims;
  return { arm: s.arms[i].label, nPerArm: n, difference: hi * planned, multiple: hi, power, mcse: Math.sqrt((power * (1 - power)) / M), closedFormMultiple: closed };
}

/** Bisection of the closed form's power (rising in m) for the multiple that reaches the target; null without one. */
function closedFormMultiple(s: ResolvedScenario, target: number, i: number, n: number, hiMax: number): number | null {
  const at = (m: number) => closedFormPower(scaleEffect(s, m), n, i)?.value ?? null;
  const top = at(hiMax);
  if (top === null || top < target) return null;
  let lo = 0;
  let hi = hiMax;
  for (let k = 0; k < 100 && hi - lo > 1e-6 * hi; k++) {
    const mid = (lo + hi) / 2;
    if ((at(mid) ?? 0) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

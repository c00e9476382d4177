import { doseShape } from '../doses/shapes.ts';
import type { ResolvedScenario } from '../scenario/resolvedTypes.ts';

/**
 * How one design-prior draw moves each arm. The prior is on the reference difference (the dose model's
 * reference dose, else the first treatment arm); a dose arm moves in proportion to its dose-response
 * shape, (f(dᵢ) − f(d₀))/f(d_ref), so the drawn curve keeps its shape. Without a model every arm
 * shifts by the same amount.
 */
export function priorWeights(s: ResolvedScenario): Float64Array {
  const w = new Float64Array(s.arms.length).fill(1);
  w[0] = 0;
  const dr = s.doseResponse;
  if (!dr || dr.model === 'explicit' || !dr.reference) return w;
  const f = (d: number) => doseShape(dr.model, dr, d);
  const fRef = f(dr.reference.dose);
  const f0 = f(dr.doses[0]);
  for (let j = 1; j < s.arms.length; j++) w[j] = (f(dr.doses[j]) - f0) / fRef;
  return w;
}

/** The arm whose difference the prior is on: the one at the reference dose, else the first treatment arm. */
export function referenceArm(s: ResolvedScenario): number {
  const ref = s.doseResponse?.reference?.dose;
  const i = ref === undefined ? -1 : s.arms.findIndex((a, j) => j > 0 && a.dose === ref);
  return i > 0 ? i : 1;
}

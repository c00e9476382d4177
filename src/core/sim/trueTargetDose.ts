import { doseShape } from '../doses/shapes.ts';
import { effectPlan } from '../effects/effectPlan.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { explicitTargetDose, plannedTargetDose } from '../mcpmod/fit/plannedTargetDose.ts';
import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * The true target dose the Mod step is judged against: the smallest dose in [0, top dose] where the planned
 * dose-response's effect reaches doseResponse.relevantEffect in the endpoint's better direction (NaN if none).
 * A shape is scaled to the planned differences the simulation uses (after shrinkage), by least squares over the
 * arms, Σ fᵢpᵢ/Σ fᵢ²: exact for the observed and shrunk bases (the differences are the shape times a factor); for
 * the lower-bound basis it is the shape nearest to the simulated means. Explicit: the smallest planned dose whose
 * planned mean beats control by Δ. Only the planned effect: the trend test runs on power trials, not prior draws.
 * Binary endpoints: the planned values are the true rates and Δ a difference of rates, so this is the rate-scale TD
 * the Mod step's TD̂ estimates (ModStepOptions.logit). A responder's Mod step is refused (its Δ is on the source's scale).
 * @example trueTargetDose(doseFindingScenario) // → the dose where the planned Emax curve reaches Δ
 */
export function trueTargetDose(s: ResolvedScenario): number {
  const dr = s.doseResponse;
  const delta = dr?.relevantEffect;
  if (!dr || !(delta !== undefined && delta > 0)) return NaN;
  const plan = effectPlan(s);
  const sign = directionSign(s.endpoint);
  const maxDose = Math.max(...dr.doses);
  if (dr.model === 'explicit') return explicitTargetDose(dr.doses, plan.values, sign, delta);
  let fp = 0;
  let ff = 0;
  dr.doses.forEach((d, i) => {
    if (i === 0) return;
    const f = doseShape(dr.model, dr, d);
    fp += f * plan.planned[i];
    ff += f * f;
  });
  const scale = fp / ff;
  const top = doseShape(dr.model, dr, maxDose);
  return plannedTargetDose(dr.model, dr, { dose: maxDose, effect: scale * top }, delta, sign, maxDose);
}

/**
 * A rate difference Δ as an effect on the logit scale, for a curve fitted to log-odds: the fitted rate's effect over
 * placebo, sign·(expit(f(d)) − expit(f(0))), reaches Δ exactly where sign·(f(d) − f(0)) reaches
 * sign·(logit(expit(f(0)) + sign·Δ) − f(0)) (expit is increasing), so the target dose on the rate scale is the
 * fitted model's closed-form TD at this Δ (fittedTargetDose). NaN when placebo's fitted rate plus sign·Δ leaves (0, 1):
 * no dose can reach Δ then. Differs from DoseFinding's TD on a logit fit, which takes Δ on the logit scale itself.
 * @example logitDelta(0, 0.25, 1) // → logit(0.75) = 1.0986
 */
export function logitDelta(f0: number, delta: number, sign: number): number {
  const p0 = 1 / (1 + Math.exp(-f0));
  const p1 = p0 + sign * delta;
  if (!(p1 > 0 && p1 < 1)) return NaN;
  return sign * (Math.log(p1 / (1 - p1)) - f0);
}

import { normalCdf, normalSf } from '../distributions/normal.ts';
import type { ResolvedScenario } from '../scenario/resolvedTypes.ts';
import { effectPlan } from './effectPlan.ts';
import { priorWeights } from './priorWeights.ts';

/**
 * On a binary endpoint, the probability that a design-prior draw takes some treatment arm's rate outside [0, 1], where
 * the simulator holds it at 0 or 1 (clampValue). Arm j's rate is vⱼ + wⱼ·ε with ε ~ N(0, sd²) (pointSimulator's
 * drawEffects), so every rate stays inside for ε in one interval [a, b], the intersection over arms; the answer is
 * Φ(a/sd) + 1 − Φ(b/sd). 0 without a prior, on other endpoints, and under a shape prior (whose arms follow the drawn
 * shape instead: shapeClampShare).
 * @example priorClampShare(s) // → 0.02275 (placebo 0.2, treatment 0.7, sd 0.15: ε ∈ [−0.7, 0.3], Φ(−0.7/0.15) + Φ(−0.3/0.15), scipy 0.0227517)
 */
export function priorClampShare(s: ResolvedScenario): number {
  const sd = s.effectPrior?.sd;
  if (s.endpoint.type !== 'binary' || !sd || !(sd > 0) || s.trendTest.shapePrior) return 0;
  const { values } = effectPlan(s);
  const w = priorWeights(s);
  let lo = -Infinity;
  let hi = Infinity;
  for (let j = 1; j < values.length; j++) {
    const v = values[j];
    if (w[j] > 0) [lo, hi] = [Math.max(lo, -v / w[j]), Math.min(hi, (1 - v) / w[j])];
    if (w[j] < 0) [lo, hi] = [Math.max(lo, (1 - v) / w[j]), Math.min(hi, -v / w[j])];
  }
  if (!(lo <= hi)) return 1;
  return normalCdf(lo / sd) + normalSf(hi / sd);
}

import { normalCdf, normalSf } from '../distributions/normal.ts';
import type { ResolvedScenario } from '../scenario/resolvedTypes.ts';
import { effectPlan } from './effectPlan.ts';
import { priorWeights } from './priorWeights.ts';

/**
 * The probability that rates bⱼ + sⱼ·ε (ε ~ N(0, sd²), one draw shared by every arm) leave [0, 1] somewhere, where
 * the simulator holds them at 0 or 1 (clampValue). Every rate stays inside for ε in one interval [a, b], the
 * intersection over arms, so the answer is Φ(a/sd) + 1 − Φ(b/sd) (1 if the interval is empty; 0 when sd is 0).
 * @example rateClampShare([0.7], [1], 0.15) // → 0.02275 (ε ∈ [−0.7, 0.3]: Φ(−0.7/0.15) + Φ(−0.3/0.15), scipy 0.0227517)
 */
export function rateClampShare(base: ArrayLike<number>, slope: ArrayLike<number>, sd: number): number {
  if (!(sd > 0)) return 0;
  let lo = -Infinity;
  let hi = Infinity;
  for (let j = 0; j < base.length; j++) {
    const [b, s] = [base[j], slope[j]];
    if (s > 0) [lo, hi] = [Math.max(lo, -b / s), Math.min(hi, (1 - b) / s)];
    if (s < 0) [lo, hi] = [Math.max(lo, (1 - b) / s), Math.min(hi, -b / s)];
  }
  if (!(lo <= hi)) return 1;
  return normalCdf(lo / sd) + normalSf(hi / sd);
}

/**
 * On a binary endpoint, the probability that a design-prior draw takes some treatment arm's rate outside [0, 1]: arm
 * j's rate is vⱼ + wⱼ·ε (pointSimulator's drawEffects). 0 without a prior, on other endpoints, and under a shape prior
 * (whose arms follow the drawn shape instead: shapeClampShare).
 * @example priorClampShare(s) // → 0.02275 (placebo 0.2, treatment 0.7, sd 0.15: ε ∈ [−0.7, 0.3])
 */
export function priorClampShare(s: ResolvedScenario): number {
  const sd = s.effectPrior?.sd;
  if (s.endpoint.type !== 'binary' || !sd || s.trendTest.shapePrior) return 0;
  const { values } = effectPlan(s);
  return rateClampShare(values.slice(1), priorWeights(s).slice(1), sd);
}

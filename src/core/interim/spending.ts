import { normalQuantile, normalSf } from '../distributions/normal.ts';
import type { EfficacySpending } from './types.ts';

/**
 * Cumulative one-sided type I error α*(t) spent by information fraction t ∈ [0, 1] (Lan & DeMets 1983),
 * in rpact's forms (checked against getDesignGroupSequential's alphaSpent):
 * - `obrien-fleming` (rpact `asOF`): α*(t) = 2·(1 − Φ(Φ⁻¹(1 − α/2)/√t));
 * - `pocock` (rpact `asP`): α*(t) = α·ln(1 + (e − 1)·t);
 * - `none`: nothing before the final look, α at t = 1 (rpact `noEarlyEfficacy`).
 * @example alphaSpending('obrien-fleming', 0.025, 0.5) // → 0.0015253 (rpact asOF alphaSpent)
 */
export function alphaSpending(kind: EfficacySpending, alpha: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return alpha;
  if (kind === 'pocock') return alpha * Math.log(1 + (Math.E - 1) * t);
  if (kind === 'none') return 0;
  return 2 * normalSf(normalQuantile(1 - alpha / 2) / Math.sqrt(t));
}

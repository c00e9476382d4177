/** Approximate power of the Wilcoxon–Mann–Whitney rank-sum test. */
import { normalCdf, normalQuantile } from '../distributions/normal.ts';

/** Inputs for mannWhitneyPower; pSuperiority = P(Y_treatment > X_control) (+ ½P(tie)). */
export interface MannWhitneyPowerInput {
  pSuperiority: number;
  n1: number;
  n2: number;
  alpha: number;
  sides: 1 | 2;
  /** Only the tail in the treatment's favour. */
  benefitOnly?: boolean;
}

/**
 * Noether (1987) power: Φ(√(12·n1·n2/N)·(p − ½) − z₁₋α/ₛ), plus the opposite tail Φ(−√(…)(p − ½) − z) when two-sided.
 * @example
 * mannWhitneyPower({ pSuperiority: 0.65, n1: 50, n2: 50, alpha: 0.05, sides: 2 }) // → 0.738302267660 (scipy)
 */
export function mannWhitneyPower({ pSuperiority, n1, n2, alpha, sides, benefitOnly }: MannWhitneyPowerInput): number {
  if (!(n1 >= 1 && n2 >= 1 && pSuperiority >= 0 && pSuperiority <= 1 && alpha > 0 && alpha < 1)) return NaN;
  if (sides !== 1 && sides !== 2) return NaN;
  const a = Math.sqrt((12 * n1 * n2) / (n1 + n2)) * (pSuperiority - 0.5);
  const z = normalQuantile(1 - alpha / sides);
  return sides === 2 && !benefitOnly ? normalCdf(a - z) + normalCdf(-a - z) : normalCdf(a - z);
}

/**
 * P(Y > X) for independent normals with mean difference diff = μ_Y − μ_X: Φ(diff/√(sd1² + sd2²)).
 * @example
 * normalSuperiority(0.5, 1, 1) // → 0.638163195084 (scipy)
 */
export function normalSuperiority(diff: number, sd1: number, sd2: number): number {
  if (!(sd1 >= 0 && sd2 >= 0) || Number.isNaN(diff)) return NaN;
  const scale = Math.sqrt(sd1 * sd1 + sd2 * sd2);
  if (scale === 0) return diff > 0 ? 1 : diff < 0 ? 0 : 0.5;
  return normalCdf(diff / scale);
}

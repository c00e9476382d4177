/** Approximate power of Welch's unequal-variance t-test. */
import { tTestPower, type TwoSampleMeanInput } from './tTestPower.ts';

/**
 * Welch t-test power: noncentral t with Welch–Satterthwaite df ν = (v1+v2)²/(v1²/(n1−1) + v2²/(n2−1)),
 * vᵢ = sdᵢ²/nᵢ at the population variances, and δ = diff/√(v1+v2) (the usual approximation).
 * @example
 * welchPower({ diff: 0.5, sd1: 1, sd2: 2, n1: 50, n2: 50, alpha: 0.05, sides: 2 }) // → 0.3448363193 (scipy nct)
 */
export function welchPower({ diff, sd1, sd2, n1, n2, alpha, sides, benefitOnly }: TwoSampleMeanInput): number {
  if (!(n1 >= 2 && n2 >= 2 && sd1 > 0 && sd2 > 0) || Number.isNaN(diff)) return NaN;
  const v1 = (sd1 * sd1) / n1;
  const v2 = (sd2 * sd2) / n2;
  const df = ((v1 + v2) * (v1 + v2)) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  return tTestPower(diff / Math.sqrt(v1 + v2), df, alpha, sides, benefitOnly);
}

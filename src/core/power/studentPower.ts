/** Power of the pooled-variance two-sample Student t-test. */
import { tTestPower, type TwoSampleMeanInput } from './tTestPower.ts';

/**
 * Student two-sample t-test power, exact noncentral t (ν = n1+n2−2, δ = diff/(σ_p√(1/n1+1/n2))) when sd1 = sd2;
 * when they differ the pooled σ_p² = ((n1−1)sd1² + (n2−1)sd2²)/ν is used and the result is an approximation.
 * @example
 * studentPower({ diff: 0.5, sd1: 1, sd2: 1, n1: 64, n2: 64, alpha: 0.05, sides: 2 }) // → 0.8014595579 (scipy nct)
 */
export function studentPower({ diff, sd1, sd2, n1, n2, alpha, sides, benefitOnly }: TwoSampleMeanInput): number {
  if (!(n1 >= 1 && n2 >= 1 && n1 + n2 > 2 && sd1 > 0 && sd2 > 0) || Number.isNaN(diff)) return NaN;
  const df = n1 + n2 - 2;
  const pooledVar = ((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / df;
  const ncp = diff / Math.sqrt(pooledVar * (1 / n1 + 1 / n2));
  return tTestPower(ncp, df, alpha, sides, benefitOnly);
}

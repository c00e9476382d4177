/**
 * Power of a t-test whose statistic is noncentral t with df degrees of freedom and noncentrality ncp
 * (shared by the Student, Welch and ANCOVA approximations).
 */
import { noncentralTCdf, noncentralTSf } from '../distributions/noncentralT.ts';
import { tQuantile } from '../distributions/studentT.ts';

/**
 * P(reject) for a t-test: sides = 1 → P(T > t₁₋α,ν); sides = 2 → P(T > t₁₋α/₂,ν) + P(T < −t₁₋α/₂,ν),
 * T ~ t'(ν, δ) (exact noncentral-t power, AS 243 series). `benefitOnly` keeps the upper tail alone: the
 * chance of rejecting in the treatment's favour (the same as power when one-sided).
 * @example
 * tTestPower(2.5, 30, 0.05, 2) // → 0.6770315128 (scipy nct)
 */
export function tTestPower(ncp: number, df: number, alpha: number, sides: 1 | 2, benefitOnly = false): number {
  if (!(alpha > 0 && alpha < 1) || !(df > 0) || Number.isNaN(ncp) || (sides !== 1 && sides !== 2)) return NaN;
  if (!Number.isFinite(ncp)) return (sides === 2 && !benefitOnly) || ncp > 0 ? 1 : 0;
  const crit = tQuantile(1 - alpha / sides, df);
  const upper = noncentralTSf(crit, df, ncp);
  return sides === 2 && !benefitOnly ? Math.min(1, upper + noncentralTCdf(-crit, df, ncp)) : upper;
}

/** Inputs shared by the two-sample mean-comparison power functions; diff = mean2 − mean1 (treatment − control). */
export interface TwoSampleMeanInput {
  diff: number;
  sd1: number;
  sd2: number;
  n1: number;
  n2: number;
  alpha: number;
  sides: 1 | 2;
  /** Only the tail in the treatment's favour (default false: both tails when two-sided). */
  benefitOnly?: boolean;
}

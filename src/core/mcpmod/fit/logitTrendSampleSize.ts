import { candidateContrasts } from '../contrasts.ts';
import { maxContrastPowerPerArm, type MaxContrastPower } from '../maxContrastPower.ts';
import { precisionWeights } from '../perArmStatistics.ts';
import type { CandidateModel } from '../types.ts';
import { smallestN, type TrendSampleSize } from './trendSampleSize.ts';

export interface LogitTrendPowerOptions {
  /** Dose of every arm, placebo first. */
  doses: readonly number[];
  candidates: readonly CandidateModel[];
  /** Planned response rate per arm, in (0, 1). */
  rates: readonly number[];
  sign: 1 | -1;
  alpha: number;
}

/**
 * Closed-form power of generalised MCP-Mod's MCP step on binary data at group sizes n: DoseFinding's
 * powMCT(optContr(models, S = S)$contMat, alpha, altModels, S = S, df = Inf) with S = diag(1/(nᵢpᵢ(1 − pᵢ))) at the
 * planned rates and the planned logits as the alternative (Pinheiro et al. 2014). The simulated test estimates S in
 * each trial; at small n it is more conservative than this (see logitTrendCalibration.test.ts).
 * @example logitTrendPowerAt(o, [60, 60, 60, 60, 60]).power // → 0.835 (powMCT; binary.json "emax 20% to 45%")
 */
export function logitTrendPowerAt(o: LogitTrendPowerOptions, n: readonly number[]): MaxContrastPower {
  const sd = o.rates.map((p) => 1 / Math.sqrt(p * (1 - p)));
  const C = candidateContrasts(o.candidates, o.doses, precisionWeights(n, sd));
  const logits = o.rates.map((p) => Math.log(p / (1 - p)));
  return maxContrastPowerPerArm(C, n, logits, sd, o.sign, o.alpha, Infinity);
}

/**
 * Smallest N in [lo, hi] whose binary MCP-step power logitTrendPowerAt(nFor(N)) reaches `target` (galloping, then
 * bisection); null when hi does not reach it or a planned rate is 0 or 1 (no logit).
 * @example logitTrendSampleSize(o, 0.8, (N) => [N, N, N, N, N])?.N // → the smallest N with powMCT ≥ 0.8
 */
export function logitTrendSampleSize(
  o: LogitTrendPowerOptions,
  target: number,
  nFor: (N: number) => number[],
  lo = 2,
  hi = 100_000,
): TrendSampleSize | null {
  if (!o.rates.every((p) => p > 0 && p < 1)) return null;
  const found = smallestN((N) => logitTrendPowerAt(o, nFor(N)), target, lo, hi, lo);
  return found === null ? null : { N: found.N, n: nFor(found.N), power: found.p.power, error: found.p.error };
}

import { directionSign } from '../endpoints/directionSign.ts';
import { logitTrendSampleSize } from '../mcpmod/fit/logitTrendSampleSize.ts';
import type { TrendSampleSize } from '../mcpmod/fit/trendSampleSize.ts';
import { LIMITS } from '../scenario/limits.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { trueRates } from '../sim/trendRates.ts';
import { trendCandidates } from '../sim/trendSetup.ts';

/** How the paragraph names the binary closed form. */
export const BINARY_FORM = "multivariate normal on the logit scale at the planned rates, as DoseFinding's powMCT with S";

/** Why the binary closed form does not apply (null when it does): a planned rate of 0 or 1 has no logit. */
export function binaryTrendSolveRefusal(s: ResolvedScenario): string | null {
  const rates = trueRates(s);
  const bad = rates.findIndex((p) => !(p > 0 && p < 1));
  if (bad < 0) return null;
  return `--solve-on trend needs every planned response rate strictly between 0 and 1 (${s.arms[bad].label} has ${rates[bad]}): the trend test works on log-odds`;
}

/**
 * The smallest n per arm for a binary or responder trend test: logitTrendSampleSize (powMCT with S = diag(1/(n p(1 − p)))
 * at the planned rates, df = ∞) at the expected completers `completers(N)`.
 */
export function binaryTrendN(s: ResolvedScenario, target: number, completers: (N: number) => number[]): TrendSampleSize | null {
  const o = { doses: s.doseResponse!.doses, candidates: trendCandidates(s), rates: trueRates(s), sign: directionSign(s.endpoint), alpha: s.trendTest.alpha };
  return logitTrendSampleSize(o, target, completers, LIMITS.minN, LIMITS.maxN);
}

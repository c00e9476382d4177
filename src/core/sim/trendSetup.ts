import { effectPlan } from '../effects/effectPlan.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { defaultCandidates } from '../mcpmod/defaultCandidates.ts';
import { bestDoseArm, doseOrder, medDoseArm } from '../mcpmod/selection.ts';
import type { CandidateModel } from '../mcpmod/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { simulationPath } from './path.ts';
import { rateRelevantEffect, trueRates } from './trendRates.ts';

/** The candidate shapes of a scenario's trend test: given, or the defaults around the assumed model (resolved). */
export function trendCandidates(s: ResolvedScenario): CandidateModel[] {
  return s.trendTest.candidates;
}

/**
 * Whether a scenario runs the trend test: a dose-response model, two or more doses, not switched off. Binary and
 * responder endpoints run generalised MCP-Mod on the logit scale (buildLogitTrendTest).
 */
export function trendApplies(s: ResolvedScenario): boolean {
  if (!s.doseResponse || !s.trendTest.enabled) return false;
  return new Set(s.doseResponse.doses).size >= 2 && trendCandidates(s).length > 0;
}

/**
 * The truly best dose arm and true minimum effective dose arm (0 if none) under the planned means,
 * as TrendTest computes them, without building the test (which integrates its critical value).
 */
export function trendTruth(s: ResolvedScenario): { bestArm: number; medArm: number } {
  const dr = s.doseResponse!; // only asked where trendApplies(s): there is a dose-response model
  const order = doseOrder(dr.doses);
  const sign = directionSign(s.endpoint);
  // Binary and responder endpoints: the true rates, as LogitTrendTest selects on them.
  if (simulationPath(s.endpoint, s.analysis.test) === 'binary-counts') {
    const rates = trueRates(s);
    return { bestArm: bestDoseArm(rates, order, sign), medArm: medDoseArm(rates, order, sign, rateRelevantEffect(s)) };
  }
  const means = effectPlan(s).values;
  // No relevant effect given: no minimum effective dose (NaN, as TrendTest takes it).
  return { bestArm: bestDoseArm(means, order, sign), medArm: medDoseArm(means, order, sign, dr.relevantEffect ?? NaN) };
}

import { armModels } from '../endpoints/armModel.ts';
import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * Each arm's true response rate on a binary-counts path: a binary arm's rate (given, or placebo rate + the dose-response
 * effect on the probability scale), a responder arm's exact chance of passing its threshold.
 */
export function trueRates(s: ResolvedScenario): number[] {
  return armModels(s).map((m) => (m.kind === 'binary' ? m.p : NaN));
}

/**
 * Δ for the minimum effective dose on the rate scale: doseResponse.relevantEffect for a binary endpoint; NaN (no MED)
 * for a responder endpoint, whose dose-response and Δ are on the source outcome's scale, not the rate's.
 */
export function rateRelevantEffect(s: ResolvedScenario): number {
  return s.endpoint.type === 'binary' ? (s.doseResponse?.relevantEffect ?? NaN) : NaN;
}

import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * Whether a run has assurance trials: a design prior on the effect (effectPrior) or on the dose-response shape
 * (trendTest.shapePrior), or both.
 * @example assuranceApplies(scenarioWithShapePrior) // → true
 */
export function assuranceApplies(s: ResolvedScenario): boolean {
  return s.effectPrior !== undefined || s.trendTest.shapePrior !== undefined;
}

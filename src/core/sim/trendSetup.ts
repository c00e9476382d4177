import { effectPlan } from '../effects/effectPlan.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { defaultCandidates } from '../mcpmod/defaultCandidates.ts';
import { bestDoseArm, doseOrder, medDoseArm } from '../mcpmod/selection.ts';
import type { CandidateModel } from '../mcpmod/types.ts';
import type { ValidScenario } from '../scenario/types.ts';
import { simulationPath } from './path.ts';

/** The candidate shapes of a scenario's trend test: given, or the defaults around the assumed model. */
export function trendCandidates(s: ValidScenario): CandidateModel[] {
  if (s.trendTest?.candidates) return s.trendTest.candidates;
  const dr = s.doseResponse;
  const doses = s.arms.map((a) => a.dose ?? 0);
  const assumed: CandidateModel | undefined =
    dr && dr.model !== 'explicit' ? { model: dr.model, params: { ed50: dr.ed50, hill: dr.hill, offset: dr.offset, delta: dr.delta } } : undefined;
  return defaultCandidates(doses, assumed);
}

/** Whether a scenario runs the trend test: a dose-response model, two or more doses, means (not binary), not switched off. */
export function trendApplies(s: ValidScenario): boolean {
  if (!s.doseResponse || s.trendTest?.enabled === false) return false;
  if (simulationPath(s.endpoint, s.analysis.test) === 'binary-counts') return false;
  return new Set(s.arms.map((a) => a.dose ?? 0)).size >= 2 && trendCandidates(s).length > 0;
}

/**
 * The truly best dose arm and true minimum effective dose arm (0 if none) under the planned means,
 * as TrendTest computes them, without building the test (which integrates its critical value).
 */
export function trendTruth(s: ValidScenario): { bestArm: number; medArm: number } {
  const order = doseOrder(s.arms.map((a) => a.dose ?? 0));
  const means = effectPlan(s).values;
  const sign = directionSign(s.endpoint);
  return { bestArm: bestDoseArm(means, order, sign), medArm: medDoseArm(means, order, sign, s.doseResponse?.relevantEffect ?? NaN) };
}

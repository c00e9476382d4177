import { effectPlan } from '../effects/effectPlan.ts';
import { directionSign } from '../endpoints/armModel.ts';
import { defaultCandidates } from '../mcpmod/defaultCandidates.ts';
import { TrendTest } from '../mcpmod/trendTest.ts';
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

/**
 * The MCP-Mod trend test for one grid point, or null when the scenario has none: no dose-response
 * model, fewer than two doses, a binary endpoint (the contrast test here is for means), or switched off.
 * Its one-sided level is trendTest.alpha, by default analysis.alpha / analysis.sides.
 */
export function buildTrendTest(s: ValidScenario, n: readonly number[]): TrendTest | null {
  if (!s.doseResponse || s.trendTest?.enabled === false) return null;
  if (simulationPath(s.endpoint, s.analysis.test) === 'binary-counts') return null;
  const doses = s.arms.map((a) => a.dose ?? 0);
  if (new Set(doses).size < 2) return null;
  const candidates = trendCandidates(s);
  if (candidates.length === 0) return null;
  try {
    return new TrendTest({
      doses,
      n,
      candidates,
      alpha: s.trendTest?.alpha ?? s.analysis.alpha / s.analysis.sides,
      sign: directionSign(s.endpoint),
      relevantEffect: s.doseResponse.relevantEffect,
      trueMeans: effectPlan(s).values,
    });
  } catch {
    return null; // a candidate flat at these doses: no trend test rather than a broken run
  }
}

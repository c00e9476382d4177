import { effectPlan } from '../effects/effectPlan.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { TrendTest } from '../mcpmod/trendTest.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { simulationPath } from './path.ts';
import { trendApplies, trendCandidates } from './trendSetup.ts';

// Apart from trendSetup.ts, so the page (which only asks whether a trend test applies) does not bundle the test.
/**
 * The MCP-Mod trend test for one grid point, or null when the scenario has none (see trendApplies).
 * Its one-sided level is trendTest.alpha, by default analysis.alpha / analysis.sides; per-arm variances use the arms'
 * planned SDs (on the analysed scale: a timed walk's % improvement) for the contrasts.
 */
export function buildTrendTest(s: ResolvedScenario, n: readonly number[]): TrendTest | null {
  if (!trendApplies(s) || simulationPath(s.endpoint, s.analysis.test) === 'binary-counts') return null; // buildLogitTrendTest
  try {
    return new TrendTest({
      doses: s.doseResponse!.doses,
      n,
      candidates: trendCandidates(s),
      alpha: s.trendTest.alpha,
      sign: directionSign(s.endpoint),
      relevantEffect: s.doseResponse!.relevantEffect,
      trueMeans: effectPlan(s).values,
      variance: s.trendTest.variance,
      sd: s.arms.map((a) => a.sd),
    });
  } catch {
    return null; // a candidate flat at these doses: no trend test rather than a broken run
  }
}

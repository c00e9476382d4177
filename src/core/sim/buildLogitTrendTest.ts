import { directionSign } from '../endpoints/directionSign.ts';
import { LogitTrendTest } from '../mcpmod/logitTrendTest.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { simulationPath } from './path.ts';
import { rateRelevantEffect, trueRates } from './trendRates.ts';
import { trendApplies, trendCandidates } from './trendSetup.ts';

/**
 * Generalised MCP-Mod's trend test (logit scale, each trial's estimated S) for a binary or responder scenario, or null
 * when it has none (see trendApplies) or is not on the binary-counts path. Its one-sided level is trendTest.alpha.
 * Nothing depends on n: contrasts and critical values come from each trial's own data.
 */
export function buildLogitTrendTest(s: ResolvedScenario): LogitTrendTest | null {
  if (!trendApplies(s) || simulationPath(s.endpoint, s.analysis.test) !== 'binary-counts') return null;
  try {
    return new LogitTrendTest({
      doses: s.doseResponse!.doses,
      candidates: trendCandidates(s),
      alpha: s.trendTest.alpha,
      sign: directionSign(s.endpoint),
      relevantEffect: rateRelevantEffect(s),
      trueRates: trueRates(s),
    });
  } catch {
    return null; // a candidate flat at these doses: no trend test rather than a broken run
  }
}

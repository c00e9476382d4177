import { effectPlan } from '../effects/effectPlan.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { trendSampleSize, type TrendPowerOptions } from '../mcpmod/fit/index.ts';
import { LIMITS } from '../scenario/limits.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { trendCandidates } from '../sim/trendSetup.ts';
import { pointAt } from './simulatedPower.ts';
import { trendSolveRefusal } from './solveTrend.ts';
import { BINARY_FORM, binaryTrendN } from './solveBinaryTrend.ts';
import { simulationPath } from '../sim/path.ts';

/** The closed-form n for the MCP step, or why there is none (`refusal`: the closed form does not apply). */
export interface TrendClosedFormN {
  target: number;
  /** Smallest control-arm n (before dropout) whose closed-form MCP-step power reaches the target; null if none. */
  nPerArm: number | null;
  power: number | null;
  /** The closed form's quasi-Monte Carlo error bound (3 SE). */
  error: number | null;
  refusal: string | null;
  /** The closed form in words when it is not the multivariate t (binary endpoints: powMCT with S on the logit scale). */
  form?: string;
}

/** The scenario's MCP step as the closed form takes it: doses, candidates, planned means, common SD, level. */
export function trendPowerOptions(s: ResolvedScenario): TrendPowerOptions {
  return {
    doses: s.doseResponse!.doses,
    candidates: trendCandidates(s),
    means: effectPlan(s).values,
    sd: s.arms[0].sd,
    sign: directionSign(s.endpoint),
    alpha: s.trendTest.alpha,
  };
}

/** Expected completers at control-arm n, rounded (the contrasts use whole arm sizes); without dropout the planned n. */
export function trendCompleters(s: ResolvedScenario, n: number): number[] {
  return pointAt(s, n).n.map((k, i) => Math.max(2, Math.round(k * (1 - s.arms[i].dropout))));
}

/**
 * The smallest n per arm at which the MCP step's significance probability reaches `target`, in closed form only
 * (trendSampleSize: DoseFinding's powMCT, the multivariate t at the expected completers), for the app's trend view;
 * about a second of work, so the app runs it in a worker (trendNJob). The refusal says when the closed form does not
 * apply (then the simulated trend curve is the only answer).
 * @example trendClosedFormN(doseFindingScenario, 0.8).nPerArm // → e.g. 75
 */
export function trendClosedFormN(s: ResolvedScenario, target: number): TrendClosedFormN {
  // Normal outcomes (the options above take one SD), or binary ones by powMCT with S at the planned rates; any
  // other endpoint trendSolveRefusal refuses.
  const binary = simulationPath(s.endpoint, s.analysis.test) === 'binary-counts';
  const refusal = trendSolveRefusal(s);
  if (refusal !== null) return { target, nPerArm: null, power: null, error: null, refusal };
  const completers = (N: number) => trendCompleters(s, N);
  const found = binary ? binaryTrendN(s, target, completers) : trendSampleSize(trendPowerOptions(s), target, completers, LIMITS.minN, LIMITS.maxN);
  const out: TrendClosedFormN = { target, nPerArm: found?.N ?? null, power: found?.power ?? null, error: found?.error ?? null, refusal: null };
  return binary ? { ...out, form: `${BINARY_FORM}, at the expected completers` } : out;
}

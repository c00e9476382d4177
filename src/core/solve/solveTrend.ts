import { effectPlan } from '../effects/effectPlan.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { trendSampleSize, type TrendPowerOptions } from '../mcpmod/fit/index.ts';
import { count, pctFixed } from '../report/numberText.ts';
import { LIMITS } from '../scenario/limits.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { PointSimulator } from '../sim/pointSimulator.ts';
import { chunkCount } from '../sim/plan.ts';
import { trendApplies, trendCandidates } from '../sim/trendSetup.ts';
import { pointAt } from './simulatedPower.ts';
import { simulationPath } from '../sim/path.ts';
import { BINARY_FORM, binaryTrendN, binaryTrendSolveRefusal } from './solveBinaryTrend.ts';

/** --solve-n P --solve-on trend: the closed-form n and the simulation that confirms it. */
export interface TrendSolution {
  /** Smallest control-arm n (before dropout) whose MCP-step power reaches the target; null if none up to the limit. */
  nPerArm: number | null;
  closedFormPower: number | null;
  /** The closed form's quasi-Monte Carlo error bound (3 SE). */
  closedFormError: number | null;
  /** The MCP step's simulated significance at that n (the grid's streams, so the grid at that n gives the same). */
  simulated: number | null;
  simulatedMcse: number | null;
  sims: number;
}

/** Why the closed form does not apply (null when it does): it is DoseFinding's powMCT, pooled homoscedastic normal. */
export function trendSolveRefusal(s: ResolvedScenario): string | null {
  if (!trendApplies(s)) return '--solve-on trend needs a trend test (a doseResponse with two or more doses on a continuous endpoint)';
  if (simulationPath(s.endpoint, s.analysis.test) === 'binary-counts') return binaryTrendSolveRefusal(s); // powMCT with S
  // A timed walk is continuous too, but its % change is not normal.
  if (s.endpoint.type !== 'continuous') {
    return '--solve-on trend needs a normal endpoint (endpoint type "continuous"; the closed form assumes normal outcomes, and a timed walk\'s % change is skewed)';
  }
  if (s.trendTest.variance !== 'pooled') return '--solve-on trend needs trendTest.variance "pooled" (the closed form, powMCT, assumes one common SD)';
  if (new Set(s.arms.map((a) => a.sd)).size > 1) return '--solve-on trend needs the same SD in every arm (the closed form, powMCT, assumes one common SD)';
  return null;
}

/**
 * The smallest n per arm at which the MCP step's power reaches `target`: the closed form (trendSampleSize: the
 * multivariate t at the expected completers, DoseFinding's powMCT/sampSizeMCT) with treatment arms round(n·allocation),
 * then confirmed by simulating the MCP step at that n with the scenario's trials and seed.
 */
export function solveTrend(s: ResolvedScenario, target: number): { solution: TrendSolution; line: string } {
  const plan = effectPlan(s);
  const o: TrendPowerOptions = {
    doses: s.doseResponse!.doses,
    candidates: trendCandidates(s),
    means: plan.values,
    sd: s.arms[0].sd,
    sign: directionSign(s.endpoint),
    alpha: s.trendTest.alpha,
  };
  // Expected completers, rounded (the contrasts use whole arm sizes); without dropout the planned n.
  const completers = (N: number) => pointAt(s, N).n.map((n, i) => Math.max(2, Math.round(n * (1 - s.arms[i].dropout))));
  const binary = simulationPath(s.endpoint, s.analysis.test) === 'binary-counts';
  const found = binary ? binaryTrendN(s, target, completers) : trendSampleSize(o, target, completers, LIMITS.minN, LIMITS.maxN);
  const sims = s.simulation.sims;
  if (found === null) {
    const solution = { nPerArm: null, closedFormPower: null, closedFormError: null, simulated: null, simulatedMcse: null, sims: 0 };
    return { solution, line: `The MCP-Mod trend test does not reach ${pctFixed(target)} power up to ${count(LIMITS.maxN)} per arm.` };
  }
  const N = found.N;
  const sim = new PointSimulator(s, pointAt(s, N), 0);
  let significant = 0;
  for (let c = 0; c < chunkCount(sims); c++) significant += sim.runChunk(c).trendSignificant;
  const p = significant / sims;
  const mcse = Math.sqrt((p * (1 - p)) / sims);
  const solution = { nPerArm: N, closedFormPower: found.power, closedFormError: found.error, simulated: p, simulatedMcse: mcse, sims };
  const line =
    `The MCP-Mod trend test first reaches ${pctFixed(target)} power at ${count(N)} patients per arm: ${pctFixed(found.power)} in closed form ` +
    `(${binary ? BINARY_FORM : "multivariate t, as DoseFinding's powMCT"}), ${pctFixed(p)} simulated (Monte Carlo SE ${pctFixed(mcse, 2)}, ${count(sims)} trials).`;
  return { solution, line };
}

import type { PlanPoint } from '../sim/plan.ts';
import type { TdQuantiles } from '../mcpmod/fit/index.ts';
import type { TdHistogram } from './tdHistogram.ts';
import type { CarryForward } from './tdCarry.ts';
import { monteCarloSe } from './wilson.ts';
import type { ShapeAssurance } from './shapeAssurance.ts';

/** Per grid point: the MCP-Mod trend test over the dose arms (probabilities with MC standard errors). */
export interface TrendSummary {
  nPerArm: number;
  sims: number;
  /** P(the max-contrast test shows a dose-response). */
  significant: number;
  significantMcse: number;
  /** P(significant and the dose with the best observed mean is the truly best dose). */
  bestDoseSelected: number;
  bestDoseMcse: number;
  /** P(significant and the estimated minimum effective dose is the true one); null without Δ or a true MED. */
  medSelected: number | null;
  medMcse: number | null;
  trueBestArm: string;
  trueMedArm: string | null;
  /** trendTest.estimate only. The true target dose (null when the planned curve never reaches Δ). */
  trueTargetDose?: number | null;
  /** P(significant and TD̂ within ±tolerance of the true TD), its MCSE; null without a true TD. */
  tdEstimated?: number | null;
  tdEstimatedMcse?: number | null;
  /** TD̂'s 10th/50th/90th percentiles over the trials that have one, and their share; null when none has. */
  tdQuantiles?: TdQuantiles | null;
  /** The chance each planned dose is carried forward (the smallest planned dose ≥ TD̂), or none; see tdCarry.ts. */
  tdCarry?: CarryForward;
  /** TD̂'s histogram: TD_HISTOGRAM_BINS equal bins over [0, maxDose], counts of trials (exact sums of the engine's bins). */
  tdHistogram?: { maxDose: number; counts: number[] };
  /** trendTest.shapePrior only: the trend test averaged over the shape prior (and any effect prior), and per shape. */
  shapeAssurance?: ShapeAssurance;
}

/** Bins of the TD̂ histogram in the results (64 of the engine's 4,096 each: fine enough to see the shape). */
export const TD_HISTOGRAM_BINS = 64;

/** Trend-test probabilities per grid point from the counts [significant, best dose, MED] and trials, and the Mod
 * step's target-dose summary per point when `td` is given (trendTest.estimate). */
export function trendSummaries(
  points: readonly PlanPoint[],
  trials: readonly number[],
  counts: readonly [number, number, number][],
  info: { best: string; med: string | null },
  td: readonly TdHistogram[] | null = null,
  labels: readonly string[] = [],
): TrendSummary[] {
  return points.map((p, pi) => {
    const sims = trials[pi];
    const [sig, best, med] = counts[pi].map((x) => (sims > 0 ? x / sims : NaN));
    const out: TrendSummary = {
      nPerArm: p.nControl,
      sims,
      significant: sig,
      significantMcse: monteCarloSe(sig, sims),
      bestDoseSelected: best,
      bestDoseMcse: monteCarloSe(best, sims),
      medSelected: info.med === null ? null : med,
      medMcse: info.med === null ? null : monteCarloSe(med, sims),
      trueBestArm: info.best,
      trueMedArm: info.med,
    };
    const acc = td?.[pi];
    if (acc) {
      const sum = acc.summary();
      out.trueTargetDose = acc.trueTd > 0 ? acc.trueTd : null;
      out.tdEstimated = sum.tdEstimated;
      out.tdEstimatedMcse = sum.tdEstimatedMcse;
      out.tdQuantiles = sum.tdQuantiles;
      out.tdCarry = acc.carry.summary(sims, labels);
      out.tdHistogram = { maxDose: acc.maxDose, counts: acc.coarse(TD_HISTOGRAM_BINS) };
    }
    return out;
  });
}

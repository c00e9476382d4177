import type { AnalyticPower } from '../results/analytic.ts';
import type { TaskMode } from './plan.ts';
import type { InterimCounts } from './sequential/sequentialTrials.ts';
import type { ShapeCounts } from './shapePriorTally.ts';

/** What one chunk of trials at one grid point produced. Counts only, so chunks add up exactly. */
export interface ChunkResult {
  point: number;
  chunk: number;
  /** 'power' at the planned effect; 'prior' for assurance; or an enrichment design's population. */
  mode: TaskMode;
  trials: number;
  /** Rejections per treatment arm (index 0 = first treatment arm). */
  rejections: number[];
  /** Rejections per treatment arm whose observed difference favours the treatment (statistic > 0). */
  benefits: number[];
  /** Trials in which at least one treatment arm was significant. */
  anyRejections: number;
  /** Trials in which at least one treatment arm was significant in the treatment's favour. */
  anyBenefit: number;
  /** Trials in which some comparison could not be computed (e.g. no variation); counted as not significant. */
  undefinedTrials: number;
  /** Chi-square only: trials in which some comparison had an expected cell count below 5 (else 0). */
  smallExpected: number;
  /** MCP-Mod trend test (power chunks with a dose-response model; else 0): significant trials, and
   * significant trials that picked the truly best dose / the true minimum effective dose. */
  trendSignificant: number;
  bestDoseSelected: number;
  medSelected: number;
  /** Group-sequential designs only: stopping counts per arm and look, and the control n at the stopping look. */
  interim?: InterimCounts;
  /** trendTest.estimate only: hits (TD̂ within tolerance) and every TD̂ found, so chunks merge exactly. */
  td?: { hits: number; values: number[] };
  /** 'prior' chunks under trendTest.shapePrior: the trend test's counts per true shape. */
  shape?: ShapeCounts;
  /** Closed-form power per treatment arm: set by ChunkRunner on a point's first power chunk (computed in the worker). */
  analytic?: AnalyticPower[];
}

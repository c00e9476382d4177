import type { ShapeModel, ShapeParams } from '../doses/types.ts';

/** One candidate dose-response shape of the multiple contrast test (DoseFinding's `Mods`). */
export interface CandidateModel {
  model: ShapeModel;
  params: ShapeParams;
}

/** What a TrendTest needs; built once per grid point. Arm 0 is the control (placebo). */
export interface TrendTestOptions {
  /** Dose of every arm, control first. */
  doses: readonly number[];
  /** Planned patients per arm (before dropout): the contrasts and their correlations use these. */
  n: readonly number[];
  candidates: readonly CandidateModel[];
  /** One-sided family-wise level of the max-contrast test. */
  alpha: number;
  /** +1 when higher values are better, −1 when lower are better. */
  sign: 1 | -1;
  /** Δ for the minimum effective dose (in the better direction); NaN or undefined: no MED. */
  relevantEffect?: number;
  /** True arm means (for the true best dose and MED). */
  trueMeans: readonly number[];
  /**
   * 'pooled' (default): one variance over all arms. 'per-arm': each arm's own variance, with the contrasts optimal for
   * and correlated by the planned S = diag(sdᵢ²/nᵢ) (DoseFinding's MCTtest with S) and a Satterthwaite df.
   */
  variance?: TrendVariance;
  /** Planned SD per arm on the analysed scale (needed for 'per-arm'). */
  sd?: readonly number[];
}

/** How the trend test estimates the variance of the arm means. */
export type TrendVariance = 'pooled' | 'per-arm';
export const TREND_VARIANCES: readonly TrendVariance[] = ['pooled', 'per-arm'];

/** How the Mod step picks its curve: the best AIC, AIC weights, or one named shape (sigEmax: Emax with a Hill slope). */
export const ESTIMATE_MODELS = ['aic', 'average', 'emax', 'sigEmax', 'linear', 'log-linear', 'exponential', 'quadratic'] as const;
export type EstimateModel = (typeof ESTIMATE_MODELS)[number];

/** trendTest.estimate: the Mod step after a significant MCP step, and the relative tolerance around the true TD. */
export interface TrendEstimate {
  model: EstimateModel;
  /** In (0, 1]; default 0.25. */
  tolerance?: number;
}

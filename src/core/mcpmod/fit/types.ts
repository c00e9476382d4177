import type { CandidateModel } from '../types.ts';

/**
 * Dose-response models the Mod step fits, named as DoseFinding names them (fitMod's `model`), with their coefficients
 * in fitMod's order: linear [e0, delta], linlog [e0, delta] (on log(d + off)), quadratic [e0, b1, b2],
 * emax [e0, eMax, ed50], sigEmax [e0, eMax, ed50, h], exponential [e0, e1, delta].
 */
export const FIT_MODELS = ['linear', 'linlog', 'quadratic', 'emax', 'sigEmax', 'exponential'] as const;
export type FitModel = (typeof FIT_MODELS)[number];

/** Number of coefficients of each model (AIC counts one more, for σ). */
export const FIT_COEFS: Readonly<Record<FitModel, number>> = { linear: 2, linlog: 2, quadratic: 3, emax: 3, sigEmax: 4, exponential: 3 };

/** One trial's per-arm summaries, arm 0 = placebo (the simulator's Workspace has these fields). */
export interface ArmSummary {
  /** Completers per arm (the fit's weights). */
  readonly m: ArrayLike<number>;
  readonly mean: ArrayLike<number>;
  /** Within-arm sum of squared deviations, (m − 1)·s². */
  readonly ss: ArrayLike<number>;
}

/**
 * The model DoseFinding's MCPMod fits for a candidate shape: an emax candidate with a Hill exponent other than 1 is
 * a sigmoid Emax (sigEmax); log-linear is linlog (with the candidate's offset as `off`).
 * @example fitModelOf({ model: 'emax', params: { ed50: 2, hill: 3 } }) // → 'sigEmax'
 */
export function fitModelOf(c: CandidateModel): FitModel {
  switch (c.model) {
    case 'emax':
      return (c.params.hill ?? 1) === 1 ? 'emax' : 'sigEmax';
    case 'log-linear':
      return 'linlog';
    default:
      return c.model;
  }
}

/**
 * DoseFinding's default bounds of the nonlinear parameters (defBnds) for top dose D, as [lo, hi] per parameter:
 * emax ED50 ∈ [0.001, 1.5]·D; sigEmax ED50 ∈ [0.001, 1.5]·D and h ∈ [0.5, 10]; exponential δ ∈ [0.1, 2]·D.
 * Empty for the models that are linear in their parameters.
 * @example defaultBounds('emax', 10) // → [[0.01, 15]]
 */
export function defaultBounds(model: FitModel, maxDose: number): [number, number][] {
  switch (model) {
    case 'emax':
      return [[0.001 * maxDose, 1.5 * maxDose]];
    case 'sigEmax':
      return [[0.001 * maxDose, 1.5 * maxDose], [0.5, 10]];
    case 'exponential':
      return [[0.1 * maxDose, 2 * maxDose]];
    default:
      return [];
  }
}

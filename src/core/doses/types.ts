/** Dose-response assumptions of a dose-finding scenario (plain, serialisable data). */

/** Shapes with f(0) = 0; `explicit` has no shape: every arm gives its own mean. */
export const DOSE_MODELS = ['emax', 'linear', 'log-linear', 'exponential', 'quadratic', 'explicit'] as const;
export type DoseModel = (typeof DOSE_MODELS)[number];
export type ShapeModel = Exclude<DoseModel, 'explicit'>;

/** Shape parameters, in dose units where they carry a unit (ed50, offset, delta of the exponential). */
export interface ShapeParams {
  /** emax: dose giving half the maximum effect (> 0). */
  ed50?: number;
  /** emax: Hill exponent (> 0, default 1). */
  hill?: number;
  /** log-linear: offset (> 0, default 1). */
  offset?: number;
  /** exponential: rate scale (> 0); quadratic: coefficient of d² relative to d (< 0 is an umbrella). */
  delta?: number;
}

/** The anchor: the effect (treatment − control, in the analysed value's units) at one dose. */
export interface DoseReference {
  dose: number;
  effect: number;
}

export interface DoseResponse extends ShapeParams {
  model: DoseModel;
  /** Required for every model but `explicit`. */
  reference?: DoseReference;
  /** Dose unit shown with doses, e.g. "million cells per injection". */
  unit?: string;
  /** Δ, the smallest clinically relevant effect (> 0, in the better direction), for the minimum effective dose. */
  relevantEffect?: number;
}

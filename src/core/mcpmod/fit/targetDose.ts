import type { FitModel } from './types.ts';

/**
 * The target dose of a fitted model: the smallest dose in [0, maxDose] whose effect over placebo, sign·(f(d) − f(0)),
 * reaches Δ > 0; NaN when there is none. Closed forms of DoseFinding's TD(..., TDtype = "continuous", direction)
 * (calcTD; a decreasing direction negates the effect coefficients), which searches (0, ∞): a TD past the top dose
 * is NaN here, as the planned doses cannot show it. `coefs` in fitMod's order (see FitModel).
 * @example fittedTargetDose('emax', [0, 1.2, 1.5], 1, 0.6, 1, 8) // → 1.5 (Δ·ED50/(eMax − Δ))
 */
export function fittedTargetDose(
  model: FitModel,
  coefs: ArrayLike<number>,
  offset: number,
  delta: number,
  sign: number,
  maxDose: number,
): number {
  const b = sign * coefs[1];
  let td = NaN;
  switch (model) {
    case 'linear':
      td = delta / b;
      break;
    case 'linlog':
      td = offset * Math.expm1(delta / b);
      break;
    case 'quadratic': {
      const b2 = sign * coefs[2];
      if (b2 === 0) {
        td = delta / b;
        break;
      }
      const disc = 4 * b2 * delta + b * b;
      if (disc < 0) return NaN;
      // the two roots of b2·d² + b·d = Δ; the smallest positive one is the first crossing (the effect starts at 0)
      const d1 = -(Math.sqrt(disc) + b) / (2 * b2);
      const d2 = (Math.sqrt(disc) - b) / (2 * b2);
      td = d1 > 0 && d2 > 0 ? Math.min(d1, d2) : d1 > 0 ? d1 : d2;
      break;
    }
    case 'emax':
      td = delta < b ? (delta * coefs[2]) / (b - delta) : NaN;
      break;
    case 'sigEmax':
      td = delta < b ? Math.pow((delta * Math.pow(coefs[2], coefs[3])) / (b - delta), 1 / coefs[3]) : NaN;
      break;
    case 'exponential':
      td = delta / b > 0 ? coefs[2] * Math.log1p(delta / b) : NaN;
      break;
  }
  return td > 0 && td <= maxDose ? td : NaN;
}

/** A curve over dose (a method, so that hot loops pass an object instead of a fresh closure). */
export interface DoseCurve {
  at(d: number): number;
}

/**
 * The smallest dose in [0, maxDose] where curve(d) ≥ Δ: the first of `nodes` equal steps that reaches Δ, then
 * bisection to 1e-10·maxDose relative. For curves without a closed form (a model average, a planned shape). A crossing
 * that rises and falls back within one step (1/nodes of the range) is missed. NaN when no node reaches Δ.
 * @example firstCrossing({ at: (d) => d * d }, 4, 10) // → 2
 */
export function firstCrossing(curve: DoseCurve, delta: number, maxDose: number, nodes = 256): number {
  if (!(maxDose > 0)) return NaN;
  let lo = 0;
  let hi = NaN;
  if (curve.at(0) >= delta) return 0;
  for (let j = 1; j <= nodes; j++) {
    const d = (j / nodes) * maxDose;
    if (curve.at(d) >= delta) {
      hi = d;
      break;
    }
    lo = d;
  }
  if (hi !== hi) return NaN;
  for (let it = 0; it < 80 && hi - lo > 1e-10 * maxDose; it++) {
    const mid = 0.5 * (lo + hi);
    if (curve.at(mid) >= delta) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}

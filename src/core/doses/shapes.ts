import type { DoseModel, DoseReference, ShapeParams } from './types.ts';

/**
 * Standardised dose-response shape f(d) with f(0) = 0, as in DoseFinding (Bretz, Pinheiro & Branson 2005):
 * sigmoid Emax d^h/(ED50^h + d^h), linear d, log-linear log(1 + d/offset), exponential exp(d/δ) − 1,
 * quadratic d + δd². NaN for `explicit`, a missing parameter or a negative dose.
 * @example doseShape('emax', {ed50: 10}, 10) // → 0.5
 */
export function doseShape(model: DoseModel, params: ShapeParams, d: number): number {
  if (!(d >= 0)) return NaN;
  switch (model) {
    case 'emax': {
      const ed50 = params.ed50 ?? NaN;
      const h = params.hill ?? 1;
      if (!(ed50 > 0 && h > 0)) return NaN;
      // d^h/(ED50^h + d^h) written as 1/(1 + (ED50/d)^h): no overflow for large d or h
      return d === 0 ? 0 : 1 / (1 + Math.pow(ed50 / d, h));
    }
    case 'linear':
      return d;
    case 'log-linear': {
      const offset = params.offset ?? 1;
      return offset > 0 ? Math.log1p(d / offset) : NaN;
    }
    case 'exponential': {
      const delta = params.delta ?? NaN;
      return delta > 0 ? Math.expm1(d / delta) : NaN;
    }
    case 'quadratic': {
      const delta = params.delta ?? NaN;
      return Number.isFinite(delta) ? d + delta * d * d : NaN;
    }
    default:
      return NaN;
  }
}

/**
 * Effect at dose d of the shape scaled so that effect(reference.dose) = reference.effect; NaN when the shape is 0
 * or not finite at the reference dose.
 * @example scaledEffect('emax', {ed50: 10}, {dose: 10, effect: 0.5}, 20) // → 0.6667
 */
export function scaledEffect(model: DoseModel, params: ShapeParams, reference: DoseReference, d: number): number {
  const fRef = doseShape(model, params, reference.dose);
  if (!(Number.isFinite(fRef) && fRef !== 0)) return NaN;
  return (reference.effect * doseShape(model, params, d)) / fRef;
}

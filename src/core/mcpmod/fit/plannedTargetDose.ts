import { doseShape } from '../../doses/shapes.ts';
import type { DoseReference, ShapeModel, ShapeParams } from '../../doses/types.ts';
import { fittedTargetDose } from './targetDose.ts';
import type { FitModel } from './types.ts';

/**
 * The true target dose of a planned dose-response: the smallest dose in [0, maxDose] where the shape, scaled so that
 * its effect at reference.dose is reference.effect, reaches Δ in the better direction (sign). The planned shape is
 * written as the coefficients of the matching fitted model (scale s = effect/f(ref)): emax [0, s, ED50] or sigEmax
 * [0, s, ED50, h], linear [0, s], linlog [·, s], exponential [0, s, δ], quadratic [0, s, s·δ], and solved in closed
 * form by fittedTargetDose. NaN when the effect never reaches Δ there.
 * @example plannedTargetDose('emax', { ed50: 2 }, { dose: 8, effect: 1 }, 0.5, 1, 8) // → 1.3333 (ED50·Δ/(eMax − Δ), eMax = 1/0.8)
 */
export function plannedTargetDose(
  model: ShapeModel,
  params: ShapeParams,
  reference: DoseReference,
  delta: number,
  sign: number,
  maxDose: number,
): number {
  const s = reference.effect / doseShape(model, params, reference.dose);
  if (!Number.isFinite(s)) return NaN;
  const h = params.hill ?? 1;
  let fit: FitModel;
  let coefs: number[];
  switch (model) {
    case 'emax':
      fit = h === 1 ? 'emax' : 'sigEmax';
      coefs = [0, s, params.ed50 ?? NaN, h];
      break;
    case 'log-linear':
      fit = 'linlog';
      coefs = [0, s];
      break;
    case 'quadratic':
      fit = 'quadratic';
      coefs = [0, s, s * (params.delta ?? NaN)];
      break;
    case 'exponential':
      fit = 'exponential';
      coefs = [0, s, params.delta ?? NaN];
      break;
    default:
      fit = 'linear';
      coefs = [0, s];
  }
  return fittedTargetDose(fit, coefs, params.offset ?? 1, delta, sign, maxDose);
}

/**
 * The true target dose of an explicit dose-response: the smallest planned dose whose mean beats placebo (arm 0) by Δ
 * in the better direction; NaN when none does.
 * @example explicitTargetDose([0, 1, 2, 4], [10, 10.2, 10.7, 11], 1, 0.5) // → 2
 */
export function explicitTargetDose(doses: readonly number[], means: readonly number[], sign: number, delta: number): number {
  let td = NaN;
  for (let i = 1; i < doses.length; i++) {
    if (sign * (means[i] - means[0]) >= delta && !(doses[i] >= td)) td = doses[i];
  }
  return td;
}

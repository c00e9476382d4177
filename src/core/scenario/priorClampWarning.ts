import { priorClampShare } from '../effects/priorRateRange.ts';
import { pctRough } from '../report/numberText.ts';
import type { ResolvedScenario } from './types.ts';

/** The share of design-prior draws below which holding a rate at 0 or 1 is not worth a warning. */
export const PRIOR_CLAMP_NOTICE = 0.001;

/**
 * Says how often the design prior (effectPrior) draws a response rate outside [0, 1] on a binary endpoint, where the
 * simulator holds it at 0 or 1: assurance then averages over a prior that is not quite the normal one written.
 * Null below PRIOR_CLAMP_NOTICE or when nothing is clamped (a shape prior has its own notice, shapeClampWarning).
 */
export function priorClampWarning(s: ResolvedScenario): string | null {
  const share = priorClampShare(s);
  if (!(share >= PRIOR_CLAMP_NOTICE)) return null;
  return (
    `Under the design prior ${pctRough(share)} of assurance trials draw a difference that takes a response rate outside [0, 1]; ` +
    `those rates are held at 0 or 1, so assurance averages over a slightly narrower prior than the normal one written. ` +
    `A smaller effectPrior.sd keeps them inside.`
  );
}

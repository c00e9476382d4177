import type { Checker } from './checks.ts';
import { FIELDS } from './fields.ts';
import type { EffectPlanning, EffectPrior } from './types.ts';

import { TRIAL_FACTS } from '../trialFacts.ts';

/** The format's default source n: the trial subgroup's inferred 12 per arm. */
export const DEFAULT_SOURCE_N = TRIAL_FACTS.subgroupPerArm.value;

/** Validates `effect` (planning basis), filling defaults: observed, shrinkage ½, 80% bound, n = 12. */
export function validateEffect(c: Checker, v: unknown): Required<EffectPlanning> | undefined {
  const out: Required<EffectPlanning> = { basis: 'observed', shrinkage: 0.5, confidence: 0.8, sourceN: DEFAULT_SOURCE_N };
  if (v === undefined) return out;
  const e = c.fields('effect', v, FIELDS.effect);
  if (!e) return undefined;
  const basis = c.oneOf('effect.basis', e.basis ?? 'observed', ['observed', 'shrunk', 'lower-bound'] as const);
  const shrinkage = c.number('effect.shrinkage', e.shrinkage ?? 0.5, 0, 1, { loOpen: true });
  const confidence = c.number('effect.confidence', e.confidence ?? 0.8, 0.5, 0.999);
  const sourceN = c.number('effect.sourceN', e.sourceN ?? DEFAULT_SOURCE_N, 2, 100_000, { integer: true });
  if (!basis || shrinkage === undefined || confidence === undefined || sourceN === undefined) return undefined;
  return { basis, shrinkage, confidence, sourceN };
}

/** Validates `effectPrior`; a missing sd is filled later from the implied standard error. */
export function validateEffectPrior(c: Checker, v: unknown): EffectPrior | undefined {
  if (v === undefined) return undefined;
  const p = c.fields('effectPrior', v, FIELDS.effectPrior);
  if (!p) return undefined;
  const type = c.oneOf('effectPrior.type', p.type ?? 'normal', ['normal'] as const);
  const out: EffectPrior = { type: type ?? 'normal' };
  if (p.sd !== undefined) out.sd = c.positive('effectPrior.sd', p.sd, 1e6);
  return out;
}

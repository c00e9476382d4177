import { TRIAL_STRATA } from '../core/trialFacts.ts';
import { armDifference } from './doseDefaults.ts';
import { enrichmentForm, SUBGROUP_SHARE } from './enrichmentForm.ts';
import type { FormState } from './formTypes.ts';

/** Whether the engine can compare an enriched with an all-comers trial for this form (two arms, a continuous outcome, no ANCOVA). */
export function canEnrich(f: FormState): boolean {
  return f.arms.length === 2 && ['t25fw', '6mwt', 'continuous'].includes(f.endpoint) && f.test !== 'ancova' && f.doseModel === 'none';
}

/**
 * Adds an enrichment comparison anchored at the seed trial: patients at EDSS 6.0–6.5 (45%, inferred) have the
 * first arms' difference and the treatment arm's SD; those at EDSS 3.0–5.5 have no effect (assumed: the abstract
 * reports benefit only in the subgroup). The enriched trial recruits EDSS 6.0–6.5 only.
 */
export function addEnrichment(f: FormState): void {
  if (!canEnrich(f) || f.enrichment !== null) return;
  const effect = Number(armDifference(f));
  const sd = Number(f.arms[1].sd);
  f.enrichment = enrichmentForm({
    strata: [
      { label: TRIAL_STRATA.low, share: 1 - SUBGROUP_SHARE, effect: 0 },
      { label: TRIAL_STRATA.high, share: SUBGROUP_SHARE, effect: Number.isFinite(effect) ? effect : 0, ...(sd > 0 ? { treatmentSd: sd } : {}) },
    ],
    enrichTo: TRIAL_STRATA.high,
  });
}

/** Removes the enrichment comparison. */
export function removeEnrichment(f: FormState): void {
  f.enrichment = null;
}

import type { Enrichment } from '../core/enrichment/types.ts';
import type { Provenance } from '../core/scenario/types.ts';
import { TRIAL_FACTS, TRIAL_STRATA } from '../core/trialFacts.ts';
import type { EnrichmentForm, StratumField, StratumForm } from './formTypes.ts';

/** About 45% of the analysed patients were at EDSS 6.0–6.5 (seed-trial.md §2.1, inferred). */
export const SUBGROUP_SHARE = TRIAL_FACTS.subgroupShare.value;

/**
 * What is known about the trial's strata: both shares are inferred from the 45% subgroup; no effect at
 * EDSS 3.0–5.5 is an assumption (the abstract reports benefit only in the subgroup). Other values have no badge.
 */
const TRIAL_PROVENANCE: Record<string, Partial<Record<StratumField, { value: number; p: Provenance }>>> = {
  [TRIAL_STRATA.low]: { share: { value: 1 - SUBGROUP_SHARE, p: 'inferred' }, effect: { value: 0, p: 'assumed' } },
  [TRIAL_STRATA.high]: { share: { value: SUBGROUP_SHARE, p: 'inferred' } },
};

const text = (v: number | undefined): string => (v === undefined ? '' : String(v));

/** A loaded stratum as text, with the trial's provenance where its label and value match. */
function stratumForm(s: Enrichment['strata'][number]): StratumForm {
  const values = { share: text(s.share), effect: text(s.effect) };
  const provenance: StratumForm['provenance'] = {};
  for (const f of ['share', 'effect'] as const) {
    const known = TRIAL_PROVENANCE[s.label]?.[f];
    if (known && s[f] === known.value) provenance[f] = known.p;
  }
  return {
    label: s.label,
    ...values,
    controlMean: text(s.controlMean),
    sd: text(s.sd),
    treatmentSd: text(s.treatmentSd),
    provenance,
    loaded: { ...values },
  };
}

/**
 * The editor's text for a validated (or seed) `enrichment` object, as given (shares not normalised).
 * @example enrichmentForm({strata: [{label: 'A', share: 0.5, effect: 0}, {label: 'B', share: 0.5, effect: 3}], enrichTo: 'B'}).enrichTo // → 1
 */
export function enrichmentForm(e: Enrichment): EnrichmentForm {
  return { strata: e.strata.map(stratumForm), enrichTo: Math.max(0, e.strata.findIndex((s) => s.label === e.enrichTo)) };
}

export const MIN_STRATA = 2;
export const MAX_STRATA = 4;

/** Adds an empty stratum (its share is left for the user to type: shares must sum to 1). */
export function addStratum(e: EnrichmentForm): void {
  if (e.strata.length >= MAX_STRATA) return;
  const taken = new Set(e.strata.map((s) => s.label));
  let i = e.strata.length + 1;
  while (taken.has(`Group ${i}`)) i++;
  e.strata.push({ label: `Group ${i}`, share: '', effect: '0', controlMean: '', sd: '', treatmentSd: '', provenance: {}, loaded: {} });
}

/** Removes stratum i (never below two); the enriched stratum stays the same one, or the first if it was removed. */
export function removeStratum(e: EnrichmentForm, i: number): void {
  if (e.strata.length <= MIN_STRATA || i < 0 || i >= e.strata.length) return;
  e.strata.splice(i, 1);
  if (e.enrichTo === i) e.enrichTo = 0;
  else if (e.enrichTo > i) e.enrichTo--;
}

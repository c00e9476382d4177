import { seedDifference } from './doseDefaults.ts';
import type { FormState } from './formTypes.ts';

/** About 45% of the analysed patients were at EDSS 6.0–6.5 (seed-trial.md §2.1, inferred). */
export const SUBGROUP_SHARE = 0.45;

/** Whether the engine can compare an enriched with an all-comers trial for this form (two arms, a continuous outcome, no ANCOVA). */
export function canEnrich(f: FormState): boolean {
  return f.arms.length === 2 && ['t25fw', '6mwt', 'continuous'].includes(f.endpoint) && f.test !== 'ancova' && f.doseModel === 'none';
}

/**
 * Adds an enrichment comparison anchored at the seed trial: patients at EDSS 6.0–6.5 (45%, inferred) have the
 * seed difference and the treatment arm's SD; those at EDSS 3.0–5.5 have no effect (inferred from the
 * abstract reporting benefit only in the subgroup). The enriched trial recruits EDSS 6.0–6.5 only.
 */
export function addEnrichment(f: FormState): void {
  if (!canEnrich(f) || f.extras.enrichment !== undefined) return;
  const effect = Number(seedDifference(f));
  const sd = Number(f.arms[1].sd);
  f.extras = {
    ...f.extras,
    enrichment: {
      strata: [
        { label: 'EDSS 3.0–5.5', share: 1 - SUBGROUP_SHARE, effect: 0 },
        { label: 'EDSS 6.0–6.5', share: SUBGROUP_SHARE, effect: Number.isFinite(effect) ? effect : 0, ...(sd > 0 ? { treatmentSd: sd } : {}) },
      ],
      enrichTo: 'EDSS 6.0–6.5',
    },
  };
}

/** Removes the enrichment comparison. */
export function removeEnrichment(f: FormState): void {
  const { enrichment: _e, ...rest } = f.extras;
  f.extras = rest;
}

export interface StratumText {
  label: string;
  share: string;
  effect: string;
  enriched: boolean;
}

/** The loaded strata as text for display (untrusted data: shown as text only, never as HTML). */
export function strataText(f: FormState): StratumText[] {
  const e = f.extras.enrichment as { strata?: unknown; enrichTo?: unknown } | undefined;
  if (!e || !Array.isArray(e.strata)) return [];
  return e.strata.map((raw) => {
    const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const num = (v: unknown, k = 1) => (typeof v === 'number' ? String(Math.round(v * k * 10) / 10) : '?');
    return { label: String(s.label ?? '?'), share: `${num(s.share, 100)}%`, effect: num(s.effect), enriched: s.label === e.enrichTo };
  });
}

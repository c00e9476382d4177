import type { Provenance } from '../core/scenario/types.ts';

/** What each provenance means, in the words of the app's badges (src/lib/editor/ProvenanceBadge.svelte). */
export const PROVENANCE_MEANING: Record<Provenance, string> = {
  reported: 'Reported: stated in the source trial',
  inferred: 'Inferred: reasoned from what the source reports',
  derived: 'Derived: computed from reported numbers',
  assumed: 'Assumed: a planning choice, not from the source',
};

/** A provenance badge as markup (its class picks the colours of the app's badge). */
export function provenanceBadge(p: Provenance): string {
  return `<span class="badge ${p}" title="${PROVENANCE_MEANING[p]}">${p}</span>`;
}

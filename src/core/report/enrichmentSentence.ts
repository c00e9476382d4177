import type { EnrichmentPoint, EnrichmentSummary } from '../results/enrichmentSummary.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { headlineEnrichment, headlineName } from '../results/headlineRows.ts';
import { count, pct, pctFixed, signed } from './numberText.ts';
import { screeningSentence } from './screeningSentence.ts';

const round1 = (v: number) => signed(Math.round(v * 10) / 10);

/** The first simulated point at which a population's power reaches the target. */
export function firstReaching(e: EnrichmentSummary, who: 'enriched' | 'allComers', target: number): EnrichmentPoint | undefined {
  return [...e.points].filter((p) => p.sims > 0).sort((a, b) => a.nPerArm - b.nPerArm).find((p) => p[who].power >= target);
}

/**
 * The enriched-versus-all-comers comparison in words: the n each needs for the target power and how many
 * patients the enriched trial must screen.
 * @example enrichmentSentence(s, result.enrichment) // → "Enriched to EDSS 6.0–6.5 (45% of patients; effect 58.1 there vs 26.1 in all comers), 80% power needs 18 patients randomised per arm (36 in all). To randomise 36 …"
 */
export function enrichmentSentence(s: ResolvedScenario, summary: EnrichmentSummary): string {
  const e = headlineEnrichment(s, summary);
  const target = s.design.targetPower;
  const done = e.points.filter((p) => p.sims > 0);
  if (done.length === 0) return '';
  const last = s.design.nPerArm[s.design.nPerArm.length - 1];
  const lead = `Enriched to ${e.enrichTo} (${pct(e.share)} of patients; effect ${round1(e.effectEnriched)} there vs ${round1(e.effectAllComers)} in all comers), ${pct(target)} ${headlineName(s, true)}`;
  const best = (who: 'enriched' | 'allComers') => done.reduce((a, b) => (b[who].power > a[who].power ? b : a), done[0]);
  const hit = firstReaching(e, 'enriched', target);
  const enriched = hit
    ? `${lead} needs ${count(hit.nPerArm)} patients randomised per arm (${count(hit.nTotal)} in all). ${screeningSentence(e.enrichTo, e.share, hit.nTotal)}`
    : `${lead} is not reached within the simulated range (up to ${count(last)} per arm; highest ${pctFixed(best('enriched').enriched.power)}).`;
  const all = firstReaching(e, 'allComers', target);
  const allComers = all
    ? `An all-comers trial needs ${count(all.nPerArm)} per arm (${count(all.nTotal)} in all) and screens only for eligibility.`
    : `An all-comers trial does not reach ${pct(target)} within the simulated range (highest ${pctFixed(best('allComers').allComers.power)} at ${count(best('allComers').nPerArm)} per arm).`;
  return `${enriched} ${allComers}`;
}

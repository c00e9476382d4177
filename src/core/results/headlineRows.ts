import type { ResolvedScenario } from '../scenario/types.ts';
import type { ResultRow } from './types.ts';
import type { EnrichmentSummary, PopulationPower } from './enrichmentSummary.ts';
import { wilsonInterval } from './wilson.ts';

/**
 * Whether a scenario's headline is the power to show benefit rather than plain power: a two-sided
 * test also counts significant results in the control's favour, which no one plans a trial for.
 */
export const headlineIsBenefit = (s: ResolvedScenario): boolean => s.analysis.sides === 2;

/** The headline quantity in words ("80% power to show benefit (…) needs …"); `short` drops the gloss. */
export function headlineName(s: ResolvedScenario, short = false): string {
  if (!headlineIsBenefit(s)) return 'power';
  return short ? 'power to show benefit' : 'power to show benefit (significant in the treatment\'s favour)';
}

/**
 * Result rows with the headline quantity in `power` (and its MCSE, Wilson interval, closed form and
 * assurance): for two-sided tests `powerBenefit`, so the n for the target, the curve and the paragraph
 * never count significant harm as success; one-sided rows are returned as they are (the two agree).
 * Rows without `powerBenefit` (saved by an earlier version) keep their power.
 * @example headlineRows(twoSided, rows)[0].power === rows[0].powerBenefit // → true
 */
export function headlineRows(s: ResolvedScenario, rows: readonly ResultRow[]): ResultRow[] {
  if (!headlineIsBenefit(s)) return [...rows];
  return rows.map((r) => {
    if (typeof r.powerBenefit !== 'number') return r;
    return {
      ...r,
      power: r.powerBenefit,
      mcse: r.powerBenefitMcse,
      ci95: wilsonInterval(Math.round(r.powerBenefit * r.sims), r.sims),
      analyticPower: r.analyticPowerBenefit ?? null,
      assurance: r.assuranceBenefit ?? null,
      assuranceMcse: r.assuranceBenefitMcse ?? null,
    };
  });
}

/**
 * The enrichment comparison with the headline quantity in each population's `power` (and MCSE): for
 * two-sided tests the power to show benefit, as for the result rows; one-sided summaries as they are.
 */
export function headlineEnrichment(s: ResolvedScenario, e: EnrichmentSummary): EnrichmentSummary {
  if (!headlineIsBenefit(s)) return e;
  const pick = (p: PopulationPower): PopulationPower =>
    typeof p.powerBenefit === 'number' ? { ...p, power: p.powerBenefit, mcse: p.powerBenefitMcse, ci95: p.ci95Benefit } : p;
  return { ...e, points: e.points.map((p) => ({ ...p, enriched: pick(p.enriched), allComers: pick(p.allComers) })) };
}

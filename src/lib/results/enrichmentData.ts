import { safeCsvFormat } from '../../core/results/safeCsv.ts';
import { firstReaching } from '../../core/report/enrichmentSentence.ts';
import type { EnrichmentSummary, PopulationPower } from '../../core/results/enrichmentSummary.ts';
import { headlineEnrichment, headlineName } from '../../core/results/headlineRows.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import { PALETTE } from '../charts/palette.ts';
import type { CurveSeries, PowerChartData, TargetMark } from '../charts/types.ts';
import { figureNotes } from './toChartData.ts';
import { fixed, pct } from '../../core/report/numberText.ts';

/** Enriched and all-comers power against n in the power chart's shape (the engine's numbers, reshaped). */
export function enrichmentChartData(s: ResolvedScenario, summary: EnrichmentSummary): PowerChartData {
  const e = headlineEnrichment(s, summary);
  const done = e.points.filter((p) => p.sims > 0).sort((a, b) => a.nPerArm - b.nPerArm);
  const point = (n: number, p: PopulationPower) => ({ n, power: p.power, lo: p.ci95[0], hi: p.ci95[1], mcse: p.mcse, analytic: null });
  const series: CurveSeries[] = [
    { arm: `Enriched: ${e.enrichTo}`, color: PALETTE[0], points: done.map((p) => point(p.nPerArm, p.enriched)) },
    { arm: 'All comers', color: PALETTE[1], points: done.map((p) => point(p.nPerArm, p.allComers)) },
  ];
  const target = s.design.targetPower;
  const marks: TargetMark[] = (['enriched', 'allComers'] as const).flatMap((who, i) => {
    const hit = firstReaching(e, who, target);
    return hit ? [{ arm: series[i].arm, color: series[i].color, n: hit.nPerArm, power: hit[who].power }] : [];
  });
  const strata = e.share < 1 ? `; ${e.enrichTo} is ${pct(e.share, 0)} of patients, ${fixed(e.screeningBurden, 1)} screened per patient randomised` : '';
  return {
    series,
    targetPower: target,
    marks,
    xLabel: 'Patients randomised per arm',
    yLabel: headlineName(s, true).replace(/^p/, 'P'),
    title: `${s.name ?? 'Enrichment'}: enriched vs all-comers trial`,
    notes: [`Enrichment: effect ${fixed(e.effectEnriched, 1)} in ${e.enrichTo} vs ${fixed(e.effectAllComers, 1)} in all comers${strata}.`, ...figureNotes(s, Math.max(0, ...done.map((p) => p.sims)))],
  };
}

/** The comparison as CSV: per n, both populations' power and power to show benefit with their MCSE, and the patients the enriched trial screens. */
export function enrichmentCsv(e: EnrichmentSummary): string {
  return safeCsvFormat(
    e.points.map((p) => ({
      nPerArm: p.nPerArm,
      nTotal: p.nTotal,
      sims: p.sims,
      enrichedPower: p.enriched.power,
      enrichedMcse: p.enriched.mcse,
      enrichedPowerBenefit: p.enriched.powerBenefit,
      enrichedPowerBenefitMcse: p.enriched.powerBenefitMcse,
      allComersPower: p.allComers.power,
      allComersMcse: p.allComers.mcse,
      allComersPowerBenefit: p.allComers.powerBenefit,
      allComersPowerBenefitMcse: p.allComers.powerBenefitMcse,
      screenedEnriched: p.screenedEnriched,
    })),
  );
}

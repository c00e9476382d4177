import { mixtureMoments } from '../enrichment/strata.ts';
import { screenedFor, screeningBurden } from '../enrichment/screening.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { PlanPoint } from '../sim/plan.ts';
import { monteCarloSe, wilsonInterval } from './wilson.ts';

export interface PopulationPower {
  power: number;
  mcse: number;
  /** Significant with the observed difference in the treatment's favour (equals power for one-sided tests). */
  powerBenefit: number;
  powerBenefitMcse: number;
  /** Wilson 95% intervals from the exact counts, for power and for power to show benefit. */
  ci95: [number, number];
  ci95Benefit: [number, number];
}

/** Per grid point: the enriched and the all-comers trial with the same n randomised, and who is screened. */
export interface EnrichmentPoint {
  nPerArm: number;
  nTotal: number;
  sims: number;
  enriched: PopulationPower;
  allComers: PopulationPower;
  /** Expected patients screened to randomise nTotal into the enriched trial (all-comers: nTotal). */
  screenedEnriched: number;
}

export interface EnrichmentSummary {
  enrichTo: string;
  share: number;
  /** Patients screened per patient randomised in the enriched trial (1/share). */
  screeningBurden: number;
  /** Treatment − control difference in the enriched stratum and in the whole population (share-weighted). */
  effectEnriched: number;
  effectAllComers: number;
  points: EnrichmentPoint[];
}

/** The enrichment comparison from the population chunks' counts ([trials, rejections, benefits] per point). */
export function enrichmentSummary(
  s: ResolvedScenario,
  points: readonly PlanPoint[],
  counts: Record<'all-comers' | 'enriched', [number, number, number][]>,
): EnrichmentSummary {
  const e = s.enrichment!;
  const stratum = e.strata.find((x) => x.label === e.enrichTo)!;
  const strata = e.models;
  const all = mixtureMoments(strata, 'treatment').mean - mixtureMoments(strata, 'control').mean;
  const power = ([trials, rejections, benefits]: [number, number, number]): PopulationPower => {
    const p = trials > 0 ? rejections / trials : NaN;
    const b = trials > 0 ? benefits / trials : NaN;
    return {
      power: p,
      mcse: monteCarloSe(p, trials),
      powerBenefit: b,
      powerBenefitMcse: monteCarloSe(b, trials),
      ci95: wilsonInterval(rejections, trials),
      ci95Benefit: wilsonInterval(benefits, trials),
    };
  };
  return {
    enrichTo: e.enrichTo,
    share: stratum.share,
    screeningBurden: screeningBurden(stratum.share),
    effectEnriched: stratum.effect,
    effectAllComers: all,
    points: points.map((p, i) => {
      const nTotal = p.n.reduce((a, b) => a + b, 0);
      return {
        nPerArm: p.nControl,
        nTotal,
        sims: counts.enriched[i][0],
        enriched: power(counts.enriched[i]),
        allComers: power(counts['all-comers'][i]),
        screenedEnriched: screenedFor(nTotal, stratum.share),
      };
    }),
  };
}

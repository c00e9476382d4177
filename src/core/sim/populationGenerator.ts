import { StratifiedNormalGenerator, StratifiedTimedWalkGenerator } from '../enrichment/stratifiedGenerator.ts';
import type { StratumModel } from '../enrichment/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { TrialGenerator } from './generators/types.ts';

export type Population = 'all-comers' | 'enriched';

/** The strata a population design recruits from: all of them, or the enriched stratum alone (share 1). */
export function populationStrata(s: ResolvedScenario, population: Population): StratumModel[] {
  const e = s.enrichment!;
  if (population === 'all-comers') return e.models;
  const i = e.strata.findIndex((x) => x.label === e.enrichTo);
  return [{ ...e.models[i], share: 1 }];
}

/** Patients of an all-comers or an enriched trial: each one's stratum, then its stratum's outcome law. */
export function buildPopulationGenerator(s: ResolvedScenario, population: Population): TrialGenerator {
  const strata = populationStrata(s, population);
  const e = s.endpoint;
  return e.type === 'timed-walk'
    ? new StratifiedTimedWalkGenerator(strata, e.measure, s.arms.length)
    : new StratifiedNormalGenerator(strata, s.arms.length);
}

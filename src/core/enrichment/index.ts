export type { Stratum, Enrichment, StratumModel, ArmMoments } from './types.ts';
export { validateEnrichment, type EnrichmentContext } from './validateEnrichment.ts';
export { resolveStrata, resolveStratum, mixtureMoments } from './strata.ts';
export { StrataTable } from './strataTable.ts';
export { StratifiedNormalGenerator, StratifiedTimedWalkGenerator } from './stratifiedGenerator.ts';
export { screeningBurden, screenedFor, enrichedArms, type EnrichedTrial } from './screening.ts';

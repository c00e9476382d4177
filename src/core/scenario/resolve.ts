import { resolveStratum } from '../enrichment/strata.ts';
import { defaultCandidates } from '../mcpmod/defaultCandidates.ts';
import type { CandidateModel } from '../mcpmod/types.ts';
import { groupSequentialBounds } from '../interim/boundaries.ts';
import type { InterimSpec } from '../interim/types.ts';
import type { ProvenanceField, ResolvedInterim, ResolvedArm, ResolvedEndpoint, ResolvedScenario } from './resolvedTypes.ts';
import type { Arm, ContinuousEndpoint, Endpoint, TimedWalkEndpoint, WrittenScenario } from './types.ts';

/** The format's defaults for what a scenario may leave out (docs/scenario-format.md). */
export const DEFAULTS = {
  direction: 'higher-is-better',
  baselineCorrelation: 0,
  measure: 'time',
  baselineLogMean: Math.log(10),
  baselineLogSd: 0.5,
  changeBaselineCorrelation: 0,
  provenance: 'assumed',
  trendVariance: 'pooled',
  /** trendTest.estimate.tolerance: TD̂ within ±25% of the true TD counts as estimated. */
  estimateTolerance: 0.25,
} as const;

const PROVENANCE_FIELDS: readonly ProvenanceField[] = ['mean', 'sd', 'rate', 'dose', 'cellsPerInjection', 'injections', 'dropout', 'lossOfAmbulation'];

function source(e: ContinuousEndpoint | TimedWalkEndpoint) {
  return e.type === 'continuous'
    ? { ...e, direction: e.direction ?? DEFAULTS.direction, baselineCorrelation: e.baselineCorrelation ?? DEFAULTS.baselineCorrelation }
    : {
        ...e,
        measure: e.measure ?? DEFAULTS.measure,
        baselineLogMean: e.baselineLogMean ?? DEFAULTS.baselineLogMean,
        baselineLogSd: e.baselineLogSd ?? DEFAULTS.baselineLogSd,
        changeBaselineCorrelation: e.changeBaselineCorrelation ?? DEFAULTS.changeBaselineCorrelation,
      };
}

function endpoint(e: Endpoint): ResolvedEndpoint {
  if (e.type === 'binary') return { ...e, direction: e.direction ?? DEFAULTS.direction };
  if (e.type === 'responder') return { ...e, source: source(e.source) };
  return source(e);
}

/** A resolved arm with its analysed value set to v (a binary arm's rate, mean and Bernoulli sd together). */
export function withValue(a: ResolvedArm, binary: boolean, v: number): ResolvedArm {
  return binary ? { ...a, rate: v, mean: v, sd: Math.sqrt(v * (1 - v)) } : { ...a, mean: v };
}

function arm(a: Arm, binary: boolean, dropout: number): ResolvedArm {
  const provenance = Object.fromEntries(PROVENANCE_FIELDS.map((f) => [f, a.provenance?.[f] ?? DEFAULTS.provenance]));
  // A binary arm's rate is required and a measured arm's mean and sd (dose arms' means are filled before this).
  const mean = binary ? a.rate! : a.mean!;
  return {
    ...a,
    mean,
    sd: binary ? Math.sqrt(mean * (1 - mean)) : a.sd!,
    dropout: a.dropout ?? dropout,
    lossOfAmbulation: a.lossOfAmbulation ?? 0,
    provenance: provenance as ResolvedArm['provenance'],
  };
}

/**
 * Every default of a checked scenario filled in, once, so the engine reads plain fields. The written form is kept
 * beside it (share links and run keys are built from it) and not changed.
 * @example resolveScenario(w).arms[1].dropout // → w.arms[1].dropout ?? w.design.dropout
 */
export function resolveScenario(w: WrittenScenario): ResolvedScenario {
  const copy = structuredClone(w);
  const binary = w.endpoint.type === 'binary';
  const arms = copy.arms.map((a) => arm(a, binary, w.design.dropout));
  const dr = copy.doseResponse;
  const given = copy.trendTest ?? {};
  const assumed: CandidateModel | undefined =
    dr && dr.model !== 'explicit' ? { model: dr.model, params: { ed50: dr.ed50, hill: dr.hill, offset: dr.offset, delta: dr.delta } } : undefined;
  const { trendTest: _t, enrichment, doseResponse: _d, interim, ...rest } = copy;
  // Validation gives every arm its dose once there is a doseResponse (fillDoseArms).
  const doses = copy.arms.map((a) => a.dose ?? 0);
  const out: ResolvedScenario = {
    ...rest,
    endpoint: endpoint(copy.endpoint),
    arms,
    ...(dr ? { doseResponse: { ...dr, doses } } : {}),
    trendTest: {
      enabled: given.enabled ?? dr !== undefined,
      alpha: given.alpha ?? w.analysis.alpha / w.analysis.sides,
      variance: given.variance ?? DEFAULTS.trendVariance,
      candidates: given.candidates ?? (dr ? defaultCandidates(doses, assumed) : []),
      ...(given.shapePrior ? { shapePrior: given.shapePrior } : {}),
      ...(given.estimate ? { estimate: { model: given.estimate.model, tolerance: given.estimate.tolerance ?? DEFAULTS.estimateTolerance } } : {}),
    },
    written: w,
  };
  if (interim) out.interim = resolveInterim(interim, w);
  if (enrichment) {
    const moments = (a: ResolvedArm) => ({ mean: a.mean, sd: a.sd });
    out.enrichment = { ...enrichment, models: enrichment.strata.map((s) => resolveStratum(s, moments(arms[0]), moments(arms[1]))) };
  }
  return out;
}

/** Bonferroni across treatment arms at every look: each comparison spends alpha / (sides · arms − 1) one-sided. */
function resolveInterim(spec: InterimSpec, w: WrittenScenario): ResolvedInterim {
  const level = w.analysis.alpha / (w.analysis.sides * (w.arms.length - 1));
  return { ...spec, level, bounds: groupSequentialBounds(spec, level) };
}

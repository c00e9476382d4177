import type { EnrichmentSummary } from './enrichmentSummary.ts';
import type { TrendSummary } from './trendSummary.ts';

/** Power of one treatment arm at one sample size. */
export interface ResultRow {
  arm: string;
  /** 1-based index of the treatment arm in scenario.arms. */
  armIndex: number;
  /** Control-arm n before dropout (the grid value). */
  nPerArm: number;
  nControl: number;
  nTreatment: number;
  /** Patients randomised in the whole trial at this grid point. */
  nTotal: number;
  /** Trials simulated so far for this point. */
  sims: number;
  power: number;
  mcse: number;
  ci95: [number, number];
  /** Significant with the observed difference in the treatment's favour (= power when one-sided). */
  powerBenefit: number;
  powerBenefitMcse: number;
  analyticPower: number | null;
  analyticMethod: string | null;
  /** The closed form's one tail in the treatment's favour (null where there is no closed form). */
  analyticPowerBenefit: number | null;
  /** With a design prior: the chance of significance averaged over the prior (else null). */
  assurance: number | null;
  assuranceMcse: number | null;
  /** With a design prior: the chance of significance in the treatment's favour (else null). */
  assuranceBenefit: number | null;
  assuranceBenefitMcse: number | null;
  /** Assurance trials simulated so far. */
  assuranceSims: number;
  /** Trials at this grid point in which some comparison could not be computed (as in `points`). */
  undefinedTrials: number;
  /** Interim designs only: P(this arm crosses its efficacy bound at look k), P(it is dropped for futility at look k). */
  stopEfficacy?: number[];
  stopFutility?: number[];
  /** Interim designs only: expected control-arm patients randomised by the look at which the trial stops. */
  expectedNPerArm?: number;
}

/** The per-look fields an interim design adds to a row. */
export type InterimRowFields = Required<Pick<ResultRow, 'stopEfficacy' | 'stopFutility' | 'expectedNPerArm'>>;

/** A group-sequential design's bounds per look: z (Infinity = cannot stop for efficacy there) and one-sided nominal level. */
export interface InterimBoundsSummary {
  informationRates: number[];
  criticalZ: number[];
  nominalAlpha: number[];
}

/** Per grid point: the chance that at least one treatment arm is significant. */
export interface PointSummary {
  nPerArm: number;
  sims: number;
  anyPower: number;
  anyMcse: number;
  /** The chance that at least one treatment arm is significant in the treatment's favour. */
  anyPowerBenefit: number;
  anyPowerBenefitMcse: number;
  /** Trials in which a comparison could not be computed (counted as not significant). */
  undefinedTrials: number;
  /** Chi-square: trials with an expected cell count below 5 in some comparison (else 0). */
  smallExpectedTrials: number;
}

export interface SimulationResult {
  rows: ResultRow[];
  points: PointSummary[];
  /** Present when the scenario runs a trend test (a dose-response model over continuous outcomes). */
  trend?: TrendSummary[];
  /** Present when the scenario compares an enriched with an all-comers trial. */
  enrichment?: EnrichmentSummary;
  /** Present for a group-sequential design: its efficacy bounds per look (per comparison, Bonferroni across arms). */
  interim?: InterimBoundsSummary;
  trialsDone: number;
  trialsTotal: number;
  /** Run-time warnings in words (unanalysable trials, small expected counts); empty when none. */
  warnings: string[];
}

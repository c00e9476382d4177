/** The scenario file format (docs/scenario-format.md). Plain, serialisable data. */
import type { DoseResponse } from '../doses/types.ts';
import type { CandidateModel, TrendEstimate, TrendVariance } from '../mcpmod/types.ts';
import type { Enrichment } from '../enrichment/types.ts';
import type { InterimSpec } from '../interim/types.ts';

export type Direction = 'higher-is-better' | 'lower-is-better';
export type TestName = 'student' | 'welch' | 'mann-whitney' | 'chi-square' | 'fisher' | 'ancova';
export type Multiplicity = 'none' | 'bonferroni' | 'holm' | 'hochberg' | 'dunnett' | 'dunnett-stepdown';
export type Provenance = 'reported' | 'inferred' | 'derived' | 'assumed';
/** How patients unable to walk at follow-up are analysed (the estimand's intercurrent-event strategy, ICH E9(R1)). */
export type Intercurrent = 'worst-rank' | 'non-responder' | 'exclude' | 'cap';

/** Normal outcome per arm (mean, sd); optional baseline covariate correlated with it (for ANCOVA). */
export interface ContinuousEndpoint {
  type: 'continuous';
  direction?: Direction;
  /** Correlation between the outcome and a standard-normal baseline covariate; used by ANCOVA. */
  baselineCorrelation?: number;
  label?: string;
  unit?: string;
}

/**
 * Timed walk: log walking time (or distance) at baseline and follow-up, correlated through
 * L1 = L0 + D with D ~ N(muD, sdD) per arm. The analysed value is the % improvement:
 * measure 'time' (T25FW): 100·(1 − T1/T0); measure 'distance' (6MWT): 100·(D1/D0 − 1).
 * Arms give the mean and sd of the % improvement; the model reproduces them exactly.
 */
export interface TimedWalkEndpoint {
  type: 'timed-walk';
  measure?: 'time' | 'distance';
  /** Baseline log time/distance: mean and sd of its natural log (covariate for ANCOVA). */
  baselineLogMean?: number;
  baselineLogSd?: number;
  /** Correlation between the baseline log value and the log change D. */
  changeBaselineCorrelation?: number;
  /** Seconds (time only): a follow-up time above it counts as unable to walk (lossOfAmbulation.ts). */
  timeCap?: number;
  label?: string;
}

export interface BinaryEndpoint {
  type: 'binary';
  direction?: Direction;
  label?: string;
}

/** A responder defined by a threshold on a continuous or timed-walk outcome (e.g. ≥ 20% improvement). */
export interface ResponderEndpoint {
  type: 'responder';
  source: ContinuousEndpoint | TimedWalkEndpoint;
  threshold: number;
  label?: string;
}

export type Endpoint = ContinuousEndpoint | TimedWalkEndpoint | BinaryEndpoint | ResponderEndpoint;

export interface Arm {
  label: string;
  /** Continuous / timed-walk / responder source: mean and sd of the outcome. */
  mean?: number;
  sd?: number;
  /** Binary: probability of a response (event). */
  rate?: number;
  /** Dose (in doseResponse.unit); the control is placebo (dose 0) unless given. */
  dose?: number;
  /** A regimen instead of a dose: the dose is their product (the total, in the cell unit). */
  cellsPerInjection?: number;
  injections?: number;
  /** Per-arm dropout probability, overriding design.dropout. */
  dropout?: number;
  /** Probability that a completer cannot do the walk at follow-up (timed walks; independent of the change). */
  lossOfAmbulation?: number;
  /** Where each number came from, shown in the UI: field name → provenance. */
  provenance?: Record<string, Provenance>;
  note?: string;
}

export interface Analysis {
  test: TestName;
  alpha: number;
  sides: 1 | 2;
  multiplicity?: Multiplicity;
  /** Needed when any arm has a lossOfAmbulation or the endpoint a timeCap. */
  intercurrent?: Intercurrent;
}

export interface SampleSizeRange {
  from: number;
  to: number;
  step: number;
}

export interface Design {
  /** Control-arm sample sizes (before dropout); treatment arms get round(allocation × n). */
  nPerArm: number[] | SampleSizeRange;
  /** Treatment : control allocation ratio, same for every treatment arm. */
  allocation?: number;
  /** Probability that a patient is lost before the primary timepoint (analysis on completers). */
  dropout?: number;
  /** Target power for the sample-size statement (0.8 or 0.9 typically). */
  targetPower?: number;
}

/**
 * How the planned effect is derived from the arms' given (observed) values: as observed, shrunk by a
 * factor, or the bound of a one-sided confidence level (toward no effect), using the standard error
 * that the arms' sds (or rates) and the source's n per arm imply.
 */
export interface EffectPlanning {
  basis: 'observed' | 'shrunk' | 'lower-bound';
  /** 'shrunk': planned = shrinkage × observed difference. */
  shrinkage?: number;
  /** 'lower-bound': one-sided confidence level of the bound, e.g. 0.8. */
  confidence?: number;
  /** Patients per arm behind the observed difference (the seed subgroup: 12, inferred). */
  sourceN?: number;
}

/** A design prior on the treatment − control difference (of the reference arm, with doses). */
export interface EffectPrior {
  type: 'normal';
  /** Prior sd; default: the standard error implied by effect.sourceN. */
  sd?: number;
}

export interface Simulation {
  sims: number;
  seed: string;
}

export interface Scenario {
  name?: string;
  description?: string;
  source?: string;
  endpoint: Endpoint;
  arms: Arm[];
  analysis: Analysis;
  design: Design;
  simulation: Simulation;
  effect?: EffectPlanning;
  effectPrior?: EffectPrior;
  /** The arms' values come from an exploratory subgroup (a plan on them unshrunk gets a warning). */
  exploratory?: boolean;
  /** Dose-finding: the effect of each dose arm without a mean comes from this model. */
  doseResponse?: DoseResponse;
  /** MCP-Mod trend test over the dose arms (run by default when there is a dose-response model). */
  trendTest?: TrendTestSpec;
  /** Compare a trial enriched to one stratum with an all-comers trial (two arms). */
  enrichment?: Enrichment;
  /** Group-sequential design: interim looks with efficacy spending and an optional futility rule. */
  interim?: InterimSpec;
}

/** The multiple contrast trend test: candidate shapes, its one-sided level and variance estimate. */
export interface TrendTestSpec {
  /** Candidate shapes; default: the assumed model plus emax, linear, exponential and an umbrella. */
  candidates?: CandidateModel[];
  /** One-sided level; default analysis.alpha / analysis.sides. */
  alpha?: number;
  /** false switches the trend test off. */
  enabled?: boolean;
  /** 'pooled' (default) or 'per-arm': each arm's own variance (MCTtest with S, Satterthwaite df). */
  variance?: TrendVariance;
  /** The Mod step: fit after a significant MCP step and estimate the target dose (needs doseResponse.relevantEffect). */
  estimate?: TrendEstimate;
  /** A prior over the true shape: one weight per candidate (in their order), summing to 1 (assurance across shapes). */
  shapePrior?: number[];
}

/**
 * A scenario as the user wrote it, checked: sample sizes expanded to a sorted list, and the analysis, design and
 * effect blocks completed. This is what share links encode and what the run key is built from (so neither changes
 * when a default is added to the engine); the engine takes the ResolvedScenario (resolvedTypes.ts).
 */
export interface WrittenScenario extends Scenario {
  analysis: Required<Omit<Analysis, 'intercurrent'>> & Pick<Analysis, 'intercurrent'>;
  design: { nPerArm: number[]; allocation: number; dropout: number; targetPower: number };
  effect: Required<EffectPlanning>;
  effectPrior?: Required<EffectPrior>;
}

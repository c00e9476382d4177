/**
 * A scenario with every default resolved (validation's output): the engine reads these fields and needs no
 * fallbacks. Its `written` keeps the scenario as the user wrote it, for share links, exports and run keys.
 */
import type { DoseResponse } from '../doses/types.ts';
import type { GroupSequentialBounds, InterimSpec } from '../interim/types.ts';
import type { StratumModel, Enrichment } from '../enrichment/types.ts';
import type { CandidateModel, TrendEstimate, TrendVariance } from '../mcpmod/types.ts';
import type {
  Arm, BinaryEndpoint, ContinuousEndpoint, Direction, Provenance, ResponderEndpoint, Scenario, TimedWalkEndpoint, WrittenScenario,
} from './writtenTypes.ts';

export interface ResolvedContinuous extends ContinuousEndpoint {
  direction: Direction;
  baselineCorrelation: number;
}

export interface ResolvedTimedWalk extends TimedWalkEndpoint {
  measure: 'time' | 'distance';
  baselineLogMean: number;
  baselineLogSd: number;
  changeBaselineCorrelation: number;
}

export interface ResolvedBinary extends BinaryEndpoint {
  direction: Direction;
}

export interface ResolvedResponder extends ResponderEndpoint {
  source: ResolvedContinuous | ResolvedTimedWalk;
}

export type ResolvedEndpoint = ResolvedContinuous | ResolvedTimedWalk | ResolvedBinary | ResolvedResponder;

/** The arm fields that carry a provenance. */
export type ProvenanceField = 'mean' | 'sd' | 'rate' | 'dose' | 'cellsPerInjection' | 'injections' | 'dropout' | 'lossOfAmbulation';

export interface ResolvedArm extends Arm {
  /** The analysed value's mean; a binary arm's is its rate (the mean of a 0/1 outcome). */
  mean: number;
  /** Its sd; a binary arm's is the Bernoulli √(rate·(1 − rate)). */
  sd: number;
  /** The arm's dropout: its own, else design.dropout. */
  dropout: number;
  /** The chance a completer cannot walk at follow-up; 0 unless given. */
  lossOfAmbulation: number;
  /** Each field's provenance; 'assumed' where none was given. */
  provenance: Record<ProvenanceField, Provenance>;
}

/** The trend test as run: switched on by default with a dose-response model, level analysis.alpha / sides. */
export interface ResolvedTrendTest {
  enabled: boolean;
  alpha: number;
  variance: TrendVariance;
  /** Given, or the defaults around the assumed model (defaultCandidates); empty without doses. */
  candidates: CandidateModel[];
  /** Present only when written: the Mod step's model choice and tolerance (default 0.25). */
  estimate?: Required<TrendEstimate>;
  /** Present only when written: the chance of each candidate being the true shape (assurance trials draw it). */
  shapePrior?: number[];
}

/** The dose-response model with every arm's dose (a regimen's total; the control's 0 unless given), control first. */
export interface ResolvedDoseResponse extends DoseResponse {
  doses: number[];
}

export interface ResolvedEnrichment extends Enrichment {
  /** Each stratum's parameters, the control and treatment arms' filling what a stratum leaves out. */
  models: StratumModel[];
}

/** A group-sequential design with its bounds, computed once at the one-sided level of each comparison. */
export interface ResolvedInterim extends InterimSpec {
  /** alpha / (sides · treatment arms): the one-sided level each comparison's bounds spend (Bonferroni across arms). */
  level: number;
  bounds: GroupSequentialBounds;
}

export interface ResolvedScenario extends Omit<Scenario, 'endpoint' | 'arms' | 'doseResponse' | 'trendTest' | 'enrichment' | 'interim'> {
  endpoint: ResolvedEndpoint;
  arms: ResolvedArm[];
  analysis: WrittenScenario['analysis'];
  design: WrittenScenario['design'];
  effect: WrittenScenario['effect'];
  effectPrior?: WrittenScenario['effectPrior'];
  doseResponse?: ResolvedDoseResponse;
  trendTest: ResolvedTrendTest;
  enrichment?: ResolvedEnrichment;
  /** The group-sequential design; absent for a single analysis at the end (kept optional so a resolved scenario is still a Scenario). */
  interim?: ResolvedInterim;
  /** The scenario as written (checked), for share links, exports and run keys. */
  written: WrittenScenario;
}

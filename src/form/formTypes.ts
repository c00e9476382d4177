import type { Direction, EffectPlanning, Intercurrent, Multiplicity, Provenance, TestName } from '../core/scenario/types.ts';
import type { DoseModel, ShapeModel } from '../core/doses/types.ts';
import type { WalkQuantity, WalkValues } from './walkValues.ts';
import type { EstimateModel, TrendVariance } from '../core/mcpmod/types.ts';

/** What the endpoint menu offers; each maps to one shape of the scenario's `endpoint`. */
export type EndpointChoice = 't25fw' | '6mwt' | 'binary' | 'responder-walk' | 'responder-normal' | 'continuous';

/** One arm as typed: every value is the raw text of its input, never reformatted. */
export interface ArmForm {
  label: string;
  mean: string;
  sd: string;
  rate: string;
  /** Per-arm dropout override; empty means the design's dropout. */
  dropout: string;
  /** Loss of ambulation (timed walks): the chance a completer cannot walk at follow-up; empty means none. */
  lossOfAmbulation: string;
  /** Dose in the dose-response unit; empty means none (only used with a dose-response model). */
  dose: string;
  note: string;
  /** Provenance of the values as loaded; a value edited since then counts as assumed. */
  provenance: Partial<Record<string, Provenance>>;
  loaded: Partial<Record<string, string>>;
}

/** Stratum values that carry a provenance in the editor (the scenario format has none for strata). */
export type StratumField = 'share' | 'effect';

/** One enrichment stratum as typed; empty control mean or SDs mean the control arm's. */
export interface StratumForm {
  label: string;
  share: string;
  effect: string;
  controlMean: string;
  sd: string;
  treatmentSd: string;
  /** Provenance of the values as loaded; a value edited since then counts as assumed. */
  provenance: Partial<Record<StratumField, Provenance>>;
  loaded: Partial<Record<StratumField, string>>;
}

/** The enrichment comparison as typed; `enrichTo` is the index of the enriched stratum, so a renamed label follows. */
export interface EnrichmentForm {
  strata: StratumForm[];
  enrichTo: number;
}

/** One candidate shape of the trend test as typed; only the shape's own parameters are used. */
export interface CandidateForm {
  model: ShapeModel;
  /** Ticked: part of the candidate set. */
  on: boolean;
  ed50: string;
  hill: string;
  offset: string;
  delta: string;
  /** Its trendTest.shapePrior weight as typed (used while the shape prior is on; empty = 0). */
  weight?: string;
}

/** The trend test as typed: an empty level means analysis alpha / sides; null candidates mean the defaults. */
export interface TrendForm {
  enabled: boolean;
  alpha: string;
  /** How the arm means' variance is estimated ('pooled' is the engine's default). */
  variance: TrendVariance;
  candidates: CandidateForm[] | null;
  /** trendTest.estimate (the Mod step) as typed; absent when the trial does not estimate the target dose. */
  estimate?: EstimateForm;
  /** "Average over shapes": writes trendTest.shapePrior from the ticked rows' weights; absent = off (no key). */
  shapePrior?: boolean;
}

/** trendTest.estimate as typed: the model choice and the relative tolerance (empty = the engine's 0.25). */
export interface EstimateForm {
  model: EstimateModel;
  tolerance: string;
}

/** The editor's whole state as raw text, so nothing the user typed is ever lost or rewritten. */
export interface FormState {
  name: string;
  description: string;
  source: string;
  endpoint: EndpointChoice;
  endpointLabel: string;
  unit: string;
  direction: Direction;
  /** Measure of a threshold responder's timed walk. */
  measure: 'time' | 'distance';
  threshold: string;
  baselineLogMean: string;
  baselineLogSd: string;
  changeBaselineCorrelation: string;
  /** T25FW time cap in seconds (loss of ambulation); empty means none. */
  timeCap: string;
  baselineCorrelation: string;
  arms: ArmForm[];
  test: TestName;
  alpha: string;
  sides: '1' | '2';
  multiplicity: Multiplicity;
  /** How patients unable to walk are analysed; 'none' leaves analysis.intercurrent out. */
  intercurrent: Intercurrent | 'none';
  nMode: 'range' | 'list';
  nFrom: string;
  nTo: string;
  nStep: string;
  nList: string;
  allocation: string;
  dropout: string;
  /** Provenance of the design dropout as loaded (from the arms' `provenance.dropout`). */
  dropoutProvenance: Provenance | null;
  dropoutLoaded: string;
  targetPower: string;
  sims: string;
  seed: string;
  /** Planning basis of the effect (see EffectPlanning). */
  effectBasis: EffectPlanning['basis'];
  shrinkage: string;
  confidence: string;
  sourceN: string;
  /** sourceN as loaded (the seed subgroup's 12 is inferred; an edited value is assumed). */
  sourceNLoaded: string;
  sourceNProvenance: Provenance;
  /** A normal design prior on the difference; an empty sd means the implied standard error. */
  priorOn: boolean;
  priorSd: string;
  exploratory: boolean;
  /** 'none': no dose-response; arms give their own means. */
  doseModel: DoseModel | 'none';
  ed50: string;
  hill: string;
  offset: string;
  delta: string;
  refDose: string;
  refEffect: string;
  doseUnit: string;
  relevantEffect: string;
  /** Enriched vs all-comers comparison; null when off. */
  enrichment: EnrichmentForm | null;
  /** The MCP-Mod trend test; null until touched (the scenario then has no `trendTest`: engine defaults). */
  trend: TrendForm | null;
  /** Loaded fields the editor does not show, passed through to the validator unchanged. */
  extras: Record<string, unknown>;
  /** The walk measure the arms' means and SDs describe (null: none, e.g. a continuous outcome). */
  valuesOf: WalkQuantity | null;
  /** Each walk measure's values as last seen, restored when the endpoint switches back. */
  walkStash: Partial<Record<WalkQuantity, WalkValues>>;
}

export const ENDPOINT_CHOICES: { value: EndpointChoice; label: string; hint: string }[] = [
  { value: 't25fw', label: 'T25FW % improvement', hint: 'Timed 25-foot walk time: 100·(1 − T₁/T₀), skewed (log-normal ratio).' },
  { value: '6mwt', label: '6MWT % improvement', hint: 'Six-minute walk distance: 100·(D₁/D₀ − 1), skewed (log-normal ratio).' },
  { value: 'binary', label: 'Responders (rates)', hint: 'A binary outcome: the chance of a response in each arm.' },
  { value: 'responder-walk', label: 'Responders (walk threshold)', hint: 'A response is a timed-walk improvement of at least the threshold.' },
  { value: 'responder-normal', label: 'Responders (normal threshold)', hint: 'A response is a normal outcome beyond the threshold.' },
  { value: 'continuous', label: 'Continuous (normal)', hint: 'A normally distributed outcome per arm.' },
];

export const TEST_LABELS: Record<TestName, string> = {
  welch: "Welch's t-test",
  student: "Student's t-test",
  'mann-whitney': 'Mann–Whitney (rank-sum)',
  ancova: 'ANCOVA on baseline',
  'chi-square': 'Chi-square test',
  fisher: "Fisher's exact test",
};

export const MULTIPLICITY_LABELS: Record<Multiplicity, string> = {
  none: 'None',
  bonferroni: 'Bonferroni',
  holm: 'Holm (step-down)',
  hochberg: 'Hochberg (step-up)',
  dunnett: 'Dunnett (Welch: Hasler–Hothorn)',
  'dunnett-stepdown': 'Step-down Dunnett',
};

/** Whether arms are described by a rate (binary) or by a mean and SD. */
export function usesRate(choice: EndpointChoice): boolean {
  return choice === 'binary';
}

/** Whether the timed-walk model's baseline parameters apply. */
export function usesWalkModel(form: Pick<FormState, 'endpoint'>): boolean {
  return form.endpoint === 't25fw' || form.endpoint === '6mwt' || form.endpoint === 'responder-walk';
}

export function walkMeasure(form: Pick<FormState, 'endpoint' | 'measure'>): 'time' | 'distance' {
  if (form.endpoint === 't25fw') return 'time';
  if (form.endpoint === '6mwt') return 'distance';
  return form.measure;
}

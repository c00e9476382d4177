/**
 * Every key of the scenario format, per object: the validator reads an object only through
 * `Checker.fields(path, value, FIELDS.x)`, which refuses any other key ("… is not a known field") and
 * types the object so that reading an unlisted key does not compile. To add a key to the format, add
 * it to its list here (one line), read it in the validator, and document it in docs/scenario-format.md
 * (tests/core/scenario/fields.test.ts checks that every key listed here is documented).
 */
export const FIELDS = {
  scenario: [
    'name', 'description', 'source', 'endpoint', 'arms', 'analysis', 'design', 'simulation',
    'effect', 'effectPrior', 'exploratory', 'doseResponse', 'trendTest', 'enrichment', 'interim',
  ],
  'endpoint.continuous': ['type', 'direction', 'baselineCorrelation', 'label', 'unit'],
  'endpoint.timed-walk': ['type', 'measure', 'baselineLogMean', 'baselineLogSd', 'changeBaselineCorrelation', 'timeCap', 'label', 'unit'],
  'endpoint.binary': ['type', 'direction', 'label', 'unit'],
  'endpoint.responder': ['type', 'source', 'threshold', 'label', 'unit'],
  'arms[i].continuous': ['label', 'mean', 'sd', 'dose', 'cellsPerInjection', 'injections', 'dropout', 'lossOfAmbulation', 'provenance', 'note'],
  'arms[i].binary': ['label', 'rate', 'dose', 'cellsPerInjection', 'injections', 'dropout', 'lossOfAmbulation', 'provenance', 'note'],
  /** Provenance is a map from an arm's value fields to where each came from. */
  'arms[i].provenance': ['mean', 'sd', 'rate', 'dose', 'cellsPerInjection', 'injections', 'dropout', 'lossOfAmbulation'],
  analysis: ['test', 'alpha', 'sides', 'multiplicity', 'intercurrent'],
  design: ['nPerArm', 'allocation', 'dropout', 'targetPower'],
  'design.nPerArm': ['from', 'to', 'step'],
  simulation: ['sims', 'seed'],
  effect: ['basis', 'shrinkage', 'confidence', 'sourceN'],
  effectPrior: ['type', 'sd'],
  doseResponse: ['model', 'ed50', 'hill', 'offset', 'delta', 'reference', 'unit', 'relevantEffect'],
  'doseResponse.reference': ['dose', 'effect'],
  trendTest: ['candidates', 'alpha', 'enabled', 'variance', 'estimate', 'shapePrior'],
  'trendTest.estimate': ['model', 'tolerance'],
  'trendTest.candidates[i]': ['model', 'ed50', 'hill', 'offset', 'delta'],
  enrichment: ['strata', 'enrichTo'],
  'enrichment.strata[i]': ['label', 'share', 'effect', 'controlMean', 'sd', 'treatmentSd'],
  interim: ['informationRates', 'efficacy', 'futility'],
  'interim.futility': ['z', 'binding'],
} as const;

export type FieldGroup = keyof typeof FIELDS;

/** The parameters each dose-response shape uses (the other shape parameters are refused for it). */
export const SHAPE_PARAMS = {
  emax: ['ed50', 'hill'],
  linear: [],
  'log-linear': ['offset'],
  exponential: ['delta'],
  quadratic: ['delta'],
  explicit: [],
} as const;

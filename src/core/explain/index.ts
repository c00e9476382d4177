export type { Experiment, ExperimentChunk, ExperimentTask, MergedPoint, SimParams } from './types.ts';
export { ExperimentAccumulator, mergeAll } from './accumulate.ts';
export { EXPLAIN_CHUNK, experimentTasks } from './plan.ts';
export { EXPERIMENTS, experiment, type AnyParams, type ExperimentName, type ParamsOf, type ResultOf } from './registry.ts';
export { runLocally } from './runLocally.ts';
export { retrodesign, type Retrodesign } from './retrodesign.ts';
export { TRIAL_FACTS, TRIAL_CITATION_REGISTERED, observedT25fwDifference, subgroupStandardError, type Fact } from '../trialFacts.ts';
export { niceBins, binIndex, type Bins } from './bins.ts';
export { proportion, type Estimate } from './proportionSummary.ts';

export type { Experiment, ExperimentChunk, ExperimentTask, MergedPoint, SimParams } from './types.ts';
export { ExperimentAccumulator, mergeAll } from './accumulate.ts';
export { EXPLAIN_CHUNK, experimentTasks } from './plan.ts';
export { EXPERIMENTS, experiment, type AnyParams, type ExperimentName, type ParamsOf, type ResultOf } from './registry.ts';
export { runLocally } from './runLocally.ts';
export { retrodesign, type Retrodesign } from './retrodesign.ts';
export { SEED, SEED_CITATION, observedT25fwDifference, subgroupStandardError, type Fact } from './seedFacts.ts';
export { niceBins, binIndex, type Bins } from './bins.ts';
export { proportion, type Estimate } from './proportionSummary.ts';

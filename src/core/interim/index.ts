export { EFFICACY_SPENDING, type EfficacySpending, type FutilityRule, type InterimSpec, type GroupSequentialBounds, type CrossingProbabilities } from './types.ts';
export { alphaSpending } from './spending.ts';
export { integrationGrid, GRID_R, type Grid } from './grid.ts';
export { groupSequentialBounds } from './boundaries.ts';
export { crossingProbabilities, expectedSampleSize, lookSizes } from './crossing.ts';
export { twoArmInterimPower, type TwoArmNormalDesign, type InterimOperating } from './twoArmInterimPower.ts';

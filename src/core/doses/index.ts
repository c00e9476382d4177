export { DOSE_MODELS, type DoseModel, type ShapeModel, type ShapeParams } from './types.ts';
export type { DoseReference, DoseResponse } from './types.ts';
export { doseShape, scaledEffect } from './shapes.ts';
export { validateDoseResponse } from './validateDoseResponse.ts';
export { validateArmDoses } from './validateArmDoses.ts';
export { doseArmMeans } from './armMeans.ts';

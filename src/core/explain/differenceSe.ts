/**
 * Standard error of a difference of two means with n per arm: √((sd₁² + sd₂²)/n).
 * @example differenceSe(70.5, 23.1, 12) // → 21.42
 */
export const differenceSe = (sdControl: number, sdTreatment: number, nPerArm: number): number =>
  Math.sqrt((sdControl ** 2 + sdTreatment ** 2) / nPerArm);

import { scaledEffect } from './shapes.ts';
import type { DoseResponse } from './types.ts';

/**
 * Mean of every arm (arm 0 = control): an explicit mean wins; otherwise controlMean + effect(dᵢ) − effect(d₀), which is
 * controlMean + effect(dᵢ) for the usual placebo control at dose 0. NaN where neither a mean nor a usable dose exists.
 * @example doseArmMeans(0, [0, 5, 10, 20], {model: 'emax', ed50: 10, reference: {dose: 10, effect: 0.5}}, []) // → [0, ⅓, ½, ⅔]
 */
export function doseArmMeans(
  controlMean: number,
  doses: readonly (number | undefined)[],
  doseResponse: DoseResponse | undefined,
  explicitMeans: readonly (number | undefined)[],
): number[] {
  const effect = (d: number | undefined): number => {
    const ref = doseResponse?.reference;
    if (d === undefined || ref === undefined) return NaN;
    return scaledEffect(doseResponse!.model, doseResponse!, ref, d);
  };
  // A control given without a dose is taken to be placebo.
  const e0 = doses[0] === undefined ? 0 : effect(doses[0]);
  return doses.map((d, i) => {
    const m = explicitMeans[i];
    if (m !== undefined) return m;
    return i === 0 ? controlMean : controlMean + effect(d) - e0;
  });
}

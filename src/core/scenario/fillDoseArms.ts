import { doseArmMeans } from '../doses/armMeans.ts';
import type { DoseResponse } from '../doses/types.ts';
import type { Checker } from './checks.ts';
import type { Arm, Endpoint } from './types.ts';
import { fmtDiff } from '../report/numberText.ts';

/**
 * Gives every arm its dose and every treatment arm without a mean (or rate) the control's value plus
 * the dose-response model's effect at its dose; such values are marked "derived". False (with field
 * errors) when the model gives a value the endpoint cannot take.
 */
export function fillDoseArms(c: Checker, endpoint: Endpoint, arms: Arm[], doses: number[], dr: DoseResponse): boolean {
  const binary = endpoint.type === 'binary';
  const given = arms.map((a) => (binary ? a.rate : a.mean));
  const values = doseArmMeans(given[0] ?? 0, doses, dr, given);
  const src = endpoint.type === 'responder' ? endpoint.source : endpoint;
  const before = c.errors.length;
  arms.forEach((arm, i) => {
    arm.dose = doses[i];
    if (given[i] !== undefined) return;
    const v = values[i];
    const field = binary ? 'rate' : 'mean';
    const bad =
      !Number.isFinite(v) ||
      (binary && (v < 0 || v > 1)) ||
      (src.type === 'timed-walk' && (src.measure === 'distance' ? v <= -100 : v >= 100));
    if (bad) {
      c.fail(`arms[${i}].dose`, `gives a ${field} of ${fmtDiff(v, 4)} from the dose-response model, outside what the endpoint allows`, doses[i]);
      return;
    }
    if (binary) arm.rate = v;
    else arm.mean = v;
    arm.provenance = { ...arm.provenance, [field]: 'derived' };
  });
  return c.errors.length === before;
}

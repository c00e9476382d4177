import { isObject, type Checker } from '../scenario/checks.ts';
import { LIMITS } from '../scenario/limits.ts';
import type { DoseResponse } from './types.ts';

/** A regimen's total dose: cells per injection × number of injections (both given, or a field error). */
function regimenDose(c: Checker, i: number, a: Record<string, unknown>): number {
  const cells = c.number(`arms[${i}].cellsPerInjection`, a.cellsPerInjection, 0, LIMITS.maxAbsValue);
  const injections = c.number(`arms[${i}].injections`, a.injections, 1, 100, { integer: true });
  return cells === undefined || injections === undefined ? NaN : cells * injections;
}

/**
 * Checks `arms[i].dose` against a validated doseResponse: every arm needs a dose in [0, 1e6], given as a number or as
 * a regimen (`cellsPerInjection` × `injections`, a total in the same cell unit) (the control defaults
 * to 0, placebo), `explicit` needs every treatment arm's mean, and a trend needs at least two different doses.
 * @example validateArmDoses(c, [{dose: 0}, {dose: 5}], dr) // → [0, 5]
 */
export function validateArmDoses(c: Checker, arms: unknown, doseResponse: DoseResponse): number[] | undefined {
  // Not a list, or an arm that is not an object: reported by the arm validation (once, not per dose).
  if (!Array.isArray(arms) || !arms.every(isObject)) return undefined;
  const before = c.errors.length;
  const doses = arms.map((raw, i) => {
    const a = raw as Record<string, unknown>;
    if (doseResponse.model === 'explicit' && i > 0 && a.mean === undefined)
      c.fail(`arms[${i}].mean`, 'must be given when doseResponse.model is "explicit"', a.mean);
    if (a.dose === undefined && (a.cellsPerInjection !== undefined || a.injections !== undefined)) return regimenDose(c, i, a);
    const d = i === 0 && a.dose === undefined ? 0 : a.dose;
    return c.number(`arms[${i}].dose`, d, 0, LIMITS.maxAbsValue) ?? NaN;
  });
  if (c.errors.length > before) return undefined;
  if (new Set(doses).size < 2) c.fail('arms', 'must have at least two different doses', new Set(doses).size);
  return c.errors.length > before ? undefined : doses;
}

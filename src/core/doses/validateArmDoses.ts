import { isObject, type Checker } from '../scenario/checks.ts';
import { LIMITS } from '../scenario/limits.ts';
import type { DoseResponse } from './types.ts';

/**
 * Checks `arms[i].dose` against a validated doseResponse: every arm needs a dose in [0, 1e6] (the control defaults
 * to 0, placebo), `explicit` needs every treatment arm's mean, and a trend needs at least two different doses.
 * @example validateArmDoses(c, [{dose: 0}, {dose: 5}], dr) // → [0, 5]
 */
export function validateArmDoses(c: Checker, arms: unknown, doseResponse: DoseResponse): number[] | undefined {
  if (!Array.isArray(arms)) return undefined; // reported by the arm validation
  const before = c.errors.length;
  const doses = arms.map((raw, i) => {
    const a = isObject(raw) ? raw : {};
    if (doseResponse.model === 'explicit' && i > 0 && a.mean === undefined)
      c.fail(`arms[${i}].mean`, 'must be given when doseResponse.model is "explicit"', a.mean);
    const d = i === 0 && a.dose === undefined ? 0 : a.dose;
    return c.number(`arms[${i}].dose`, d, 0, LIMITS.maxAbsValue) ?? NaN;
  });
  if (c.errors.length > before) return undefined;
  if (new Set(doses).size < 2) c.fail('arms', 'must have at least two different doses', new Set(doses).size);
  return c.errors.length > before ? undefined : doses;
}

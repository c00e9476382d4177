import { EFFICACY_SPENDING, type InterimSpec } from '../interim/types.ts';
import { lookSizes } from '../interim/crossing.ts';
import type { Checker } from './checks.ts';
import { LIMITS } from './limits.ts';
import { FIELDS } from './fields.ts';


/** 2–10 looks (rpact allows up to 20; more looks add little); futility bounds beyond ±5 z are not a rule anyone plans. */
export const INTERIM_LIMITS = { minLooks: 2, maxLooks: 10, maxFutilityZ: 5 } as const;

/**
 * Validates `interim`: 2–10 information rates increasing in (0, 1] and ending at 1, the efficacy spending
 * (`obrien-fleming`, `pocock` or `none`), an optional futility rule {z in [−5, 5], binding (default false)}.
 * @example validateInterim(new Checker(), { informationRates: [0.5, 1], efficacy: 'pocock' }) // → { informationRates: [0.5, 1], efficacy: 'pocock' }
 */
export function validateInterim(c: Checker, v: unknown): InterimSpec | undefined {
  const o = c.fields('interim', v, FIELDS.interim);
  if (!o) return undefined;
  const informationRates = rates(c, o.informationRates);
  const efficacy = c.oneOf('interim.efficacy', o.efficacy, EFFICACY_SPENDING);
  let futility: InterimSpec['futility'];
  if (o.futility !== undefined) {
    const f = c.fields('interim.futility', o.futility, FIELDS['interim.futility']);
    if (!f) return undefined;
    const z = c.number('interim.futility.z', f.z, -INTERIM_LIMITS.maxFutilityZ, INTERIM_LIMITS.maxFutilityZ);
    const binding = f.binding ?? false;
    if (typeof binding !== 'boolean') c.fail('interim.futility.binding', 'must be true or false', binding);
    if (z === undefined || typeof binding !== 'boolean') return undefined;
    futility = { z, binding };
  }
  if (!informationRates || !efficacy) return undefined;
  if (efficacy === 'none' && !futility) {
    c.fail('interim.efficacy', 'is "none" and there is no interim.futility rule, so no interim look could stop the trial; add a futility rule or use "obrien-fleming" or "pocock"', efficacy);
    return undefined;
  }
  return futility ? { informationRates, efficacy, futility } : { informationRates, efficacy };
}

function rates(c: Checker, v: unknown): number[] | undefined {
  const { minLooks, maxLooks } = INTERIM_LIMITS;
  if (!Array.isArray(v) || v.length < minLooks || v.length > maxLooks)
    return void c.fail('interim.informationRates', `must be a list of ${minLooks} to ${maxLooks} information fractions, the last equal to 1 (e.g. [0.5, 1])`, Array.isArray(v) ? v.length : v);
  const out: number[] = [];
  for (let k = 0; k < v.length; k++) {
    const path = `interim.informationRates[${k}]`;
    const t = c.number(path, v[k], 0, 1, { loOpen: true });
    if (t === undefined) return undefined;
    if (k > 0 && t <= out[k - 1]) return void c.fail(path, `must be greater than the look before it (${out[k - 1]})`, t);
    out.push(t);
  }
  if (out[out.length - 1] !== 1) return void c.fail(`interim.informationRates[${out.length - 1}]`, 'must be 1: the last look analyses every patient', out[out.length - 1]);
  return out;
}

/**
 * Every look must analyse at least LIMITS.minN patients per arm, and more than the look before it, at
 * each arm size the design runs (the caller lists them: control and treatment arms at every n).
 */
export function checkInterimLooks(c: Checker, spec: InterimSpec, armSizes: readonly number[]): boolean {
  for (const n of armSizes) {
    const sizes = lookSizes(spec.informationRates, n);
    for (let k = 0; k < sizes.length; k++) {
      const path = `interim.informationRates[${k}]`;
      if (sizes[k] < LIMITS.minN) {
        c.fail(path, `gives ${sizes[k]} patient${sizes[k] === 1 ? '' : 's'} in an arm of ${n} (round(rate × n)), fewer than the ${LIMITS.minN} a look needs; raise the rate or design.nPerArm`, spec.informationRates[k]);
        return false;
      }
      if (k > 0 && sizes[k] === sizes[k - 1]) {
        c.fail(path, `gives the same ${sizes[k]} patients in an arm of ${n} as the look before it; space the looks further apart or raise design.nPerArm`, spec.informationRates[k]);
        return false;
      }
    }
  }
  return true;
}

import type { Checker } from '../scenario/checks.ts';
import { LIMITS } from '../scenario/limits.ts';
import { FIELDS, SHAPE_PARAMS } from '../scenario/fields.ts';
import { doseShape } from './shapes.ts';
import { DOSE_MODELS, type DoseResponse } from './types.ts';

const P = 'doseResponse';
const MAX = LIMITS.maxAbsValue;
/** Beyond this a sigmoid Emax is a step function; the bound keeps d^h finite for any valid dose. */
const MAX_HILL = 20;
const SHAPE_KEYS: readonly string[] = ['ed50', 'hill', 'offset', 'delta'];

/**
 * Checks the `doseResponse` object of a scenario and fills defaults (hill 1, offset 1), collecting field errors in c
 * (Bretz, Pinheiro & Branson 2005 shapes). Parameters the model does not use are dropped.
 * @example validateDoseResponse(c, {model: 'emax', ed50: 10, reference: {dose: 10, effect: 0.5}}) // → {…, hill: 1}
 */
export function validateDoseResponse(c: Checker, v: unknown): DoseResponse | undefined {
  const m = c.object(P, v);
  if (!m) return undefined;
  const model = c.oneOf(`${P}.model`, m.model, DOSE_MODELS);
  if (model === undefined) return undefined;
  const params: readonly string[] = SHAPE_PARAMS[model];
  const keys = FIELDS.doseResponse.filter((k) => !SHAPE_KEYS.includes(k) || params.includes(k));
  const o = c.fields(P, m, keys, { keys: SHAPE_KEYS, by: `the ${model} model` });
  if (!o) return undefined;
  // Unknown keys are already errors; the arms are still checked against the model (no cascade of "mean missing").
  const before = c.errors.length;
  const out: DoseResponse = { model };
  if (model === 'emax') {
    out.ed50 = c.positive(`${P}.ed50`, o.ed50, MAX);
    out.hill = c.positive(`${P}.hill`, o.hill ?? 1, MAX_HILL);
  } else if (model === 'log-linear') {
    out.offset = c.positive(`${P}.offset`, o.offset ?? 1, MAX);
  } else if (model === 'exponential') {
    out.delta = c.positive(`${P}.delta`, o.delta, MAX);
  } else if (model === 'quadratic') {
    out.delta = c.number(`${P}.delta`, o.delta, -MAX, MAX);
  }
  if (model !== 'explicit' || o.reference !== undefined) reference(c, o.reference, out);
  if (o.unit !== undefined) out.unit = c.text(`${P}.unit`, o.unit, 60, false);
  if (o.relevantEffect !== undefined) out.relevantEffect = c.positive(`${P}.relevantEffect`, o.relevantEffect, MAX);
  return c.errors.length === before ? out : undefined;
}

function reference(c: Checker, v: unknown, out: DoseResponse): void {
  const r = c.fields(`${P}.reference`, v, FIELDS['doseResponse.reference']);
  if (!r) return;
  const dose = c.positive(`${P}.reference.dose`, r.dose, MAX);
  const effect = c.number(`${P}.reference.effect`, r.effect, -MAX, MAX);
  if (dose === undefined || effect === undefined) return;
  if (out.model !== 'explicit') {
    const f = doseShape(out.model, out, dose);
    // Only check when the shape's own parameters were valid (NaN otherwise, already reported).
    if (f === 0 || f === Infinity || f === -Infinity)
      c.fail(`${P}.reference.dose`, `must be a dose where the ${out.model} shape is finite and not 0`, dose);
  }
  out.reference = { dose, effect };
}

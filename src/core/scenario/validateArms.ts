import type { Checker, Fields } from './checks.ts';
import { FIELDS } from './fields.ts';
import { LIMITS } from './limits.ts';
import type { Arm, Endpoint, Provenance } from './types.ts';

const PROVENANCE: readonly Provenance[] = ['reported', 'inferred', 'derived', 'assumed'];
const ARM_KEYS = [...new Set([...FIELDS['arms[i].continuous'], ...FIELDS['arms[i].binary']])];
type ArmKeys = (typeof ARM_KEYS)[number];
const DOSE_KEYS = ['dose', 'cellsPerInjection', 'injections'] as const;

/** An arm's keys: a binary endpoint takes `rate`, the others `mean` and `sd`; dose keys need a doseResponse. */
function armFields(c: Checker, path: string, raw: unknown, endpoint: Endpoint | undefined, doses: boolean) {
  const binary = endpoint?.type === 'binary';
  const keys = endpoint === undefined ? ARM_KEYS : binary ? FIELDS['arms[i].binary'] : FIELDS['arms[i].continuous'];
  const unused = binary
    ? { keys: ['mean', 'sd'], by: 'a binary endpoint (give rate)' }
    : { keys: ['rate'], by: `a ${endpoint?.type} endpoint (give mean and sd)` };
  const a: Fields<ArmKeys> | undefined = c.fields(path, raw, keys, endpoint ? unused : undefined);
  if (a && !doses) for (const k of DOSE_KEYS) if (a[k] !== undefined) c.fail(`${path}.${k}`, 'needs a doseResponse model', a[k]);
  return a;
}

export function validateArms(
  c: Checker,
  v: unknown,
  endpoint: Endpoint | undefined,
  /** With a dose-response model, treatment arms may leave their mean (or rate) to the model. */
  valueFromDose = false,
  /** Whether the scenario has a doseResponse (without one, arms cannot carry doses). */
  doses = valueFromDose,
): Arm[] | undefined {
  if (!Array.isArray(v)) return void c.fail('arms', 'must be a list of arms (control first)', v);
  if (v.length < LIMITS.minArms || v.length > LIMITS.maxArms)
    return void c.fail('arms', `must hold ${LIMITS.minArms} to ${LIMITS.maxArms} arms (control plus 1 to 5 treatments)`, v.length);
  const arms: Arm[] = [];
  const labels = new Set<string>();
  v.forEach((raw, i) => {
    const path = `arms[${i}]`;
    const a = armFields(c, path, raw, endpoint, doses);
    if (!a) return;
    const label = c.text(`${path}.label`, a.label ?? (i === 0 ? 'Control' : `Arm ${i}`), 60);
    if (label !== undefined && labels.has(sameLabel(label))) c.fail(`${path}.label`, 'must differ from the other arms', label);
    if (label !== undefined) labels.add(sameLabel(label));
    const arm: Arm = { label: label ?? '' };
    if (endpoint) armParameters(c, path, a, endpoint, arm, valueFromDose && i > 0);
    // A dose regimen (checked with the doses, which need the dose-response model): kept for display.
    if (valueFromDose && typeof a.cellsPerInjection === 'number' && typeof a.injections === 'number') {
      arm.cellsPerInjection = a.cellsPerInjection;
      arm.injections = a.injections;
    }
    if (a.dropout !== undefined) arm.dropout = c.number(`${path}.dropout`, a.dropout, 0, LIMITS.maxDropout);
    if (a.lossOfAmbulation !== undefined) arm.lossOfAmbulation = c.number(`${path}.lossOfAmbulation`, a.lossOfAmbulation, 0, LIMITS.maxLoss);
    if (a.provenance !== undefined) arm.provenance = provenance(c, `${path}.provenance`, a.provenance);
    if (a.note !== undefined) arm.note = c.text(`${path}.note`, a.note, 500, false);
    arms.push(arm);
  });
  return arms.length === v.length ? arms : undefined;
}

/**
 * What makes two labels the same to a reader: spaces at the ends, Unicode compatibility forms (NFKC:
 * "ﬁ" = "fi", full-width = ASCII, composed = decomposed) and case ("Low" = "low" in a legend).
 */
export function sameLabel(label: string): string {
  return label.normalize('NFKC').trim().toLowerCase();
}

function armParameters(c: Checker, path: string, a: Fields<ArmKeys>, endpoint: Endpoint, arm: Arm, optional: boolean) {
  if (endpoint.type === 'binary') {
    if (!(optional && a.rate === undefined)) arm.rate = c.number(`${path}.rate`, a.rate, 0, 1);
    return;
  }
  const source = endpoint.type === 'responder' ? endpoint.source : endpoint;
  const max = LIMITS.maxAbsValue;
  arm.sd = c.positive(`${path}.sd`, a.sd, max);
  if (optional && a.mean === undefined) return;
  if (source.type === 'timed-walk' && source.measure === 'distance')
    arm.mean = c.number(`${path}.mean`, a.mean, -100, max, { loOpen: true });
  else if (source.type === 'timed-walk')
    // A % improvement in time below 100 keeps the follow-up time positive.
    arm.mean = c.number(`${path}.mean`, a.mean, -max, 100, { hiOpen: true });
  else arm.mean = c.number(`${path}.mean`, a.mean, -max, max);
}

function provenance(c: Checker, path: string, v: unknown): Record<string, Provenance> | undefined {
  const o = c.fields(path, v, FIELDS['arms[i].provenance']);
  if (!o) return undefined;
  const out: Record<string, Provenance> = {};
  for (const k of FIELDS['arms[i].provenance']) {
    if (o[k] === undefined) continue;
    const ok = c.oneOf(`${path}.${k}`, o[k], PROVENANCE);
    if (ok) out[k] = ok;
  }
  return out;
}

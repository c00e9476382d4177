import type { Checker } from '../scenario/checks.ts';
import { LIMITS } from '../scenario/limits.ts';
import { FIELDS } from '../scenario/fields.ts';
import { sameLabel } from '../scenario/validateArms.ts';
import { resolveStratum } from './strata.ts';
import type { ArmMoments, Enrichment, Stratum, StratumModel } from './types.ts';
import { significant } from '../report/numberText.ts';

const P = 'enrichment';
const MAX = LIMITS.maxAbsValue;
/** Shares off by more than rounding (e.g. 0.55 + 0.44) are normalised with a warning; beyond this, an error. */
const NORMALISE_WITHIN = 0.02;

export interface EnrichmentContext {
  /** Soft problems (normalised shares) are appended here. */
  warnings?: string[];
  /** The scenario's control arm, to check the strata's resolved means against a timed walk's range. */
  control?: ArmMoments;
  /** A timed-walk measure: % improvements must stay < 100 (time) or > −100 (distance). */
  measure?: 'time' | 'distance';
}

/**
 * Checks the `enrichment` object: 2–4 strata with unique labels, shares in (0, 1] summing to 1 (within 0.02 they are
 * normalised, with a warning), finite effects, positive sds, and enrichTo naming a stratum; field errors go to c.
 * @example validateEnrichment(c, {strata: [{label: 'A', share: 0.55, effect: 0}, {label: 'B', share: 0.45, effect: 58.1}],
 *   enrichTo: 'B'}) // → the same object, validated
 */
export function validateEnrichment(c: Checker, v: unknown, ctx: EnrichmentContext = {}): Enrichment | undefined {
  const o = c.fields(P, v, FIELDS.enrichment);
  if (!o) return undefined;
  const before = c.errors.length;
  if (!Array.isArray(o.strata) || o.strata.length < 2 || o.strata.length > 4) {
    c.fail(`${P}.strata`, 'must be a list of 2 to 4 strata', Array.isArray(o.strata) ? o.strata.length : o.strata);
    return undefined;
  }
  const labels = new Set<string>();
  const strata = o.strata.map((raw, i) => stratum(c, `${P}.strata[${i}]`, raw, labels, ctx));
  const enrichTo = c.oneOf(`${P}.enrichTo`, o.enrichTo, [...labels]);
  if (c.errors.length > before || enrichTo === undefined) return undefined;
  const valid = strata as Stratum[];
  const total = valid.reduce((a, s) => a + s.share, 0);
  if (Math.abs(total - 1) > NORMALISE_WITHIN) {
    c.fail(`${P}.strata`, 'shares must sum to 1', Number(total.toPrecision(12)));
    return undefined;
  }
  if (Math.abs(total - 1) > 1e-9)
    ctx.warnings?.push(`enrichment.strata shares sum to ${significant(total, 12)}; they were normalised to 1`);
  for (const s of valid) s.share /= total;
  return { strata: valid, enrichTo };
}

function stratum(
  c: Checker,
  path: string,
  raw: unknown,
  labels: Set<string>,
  ctx: EnrichmentContext,
): Stratum | undefined {
  const o = c.fields(path, raw, FIELDS['enrichment.strata[i]']);
  if (!o) return undefined;
  const label = c.text(`${path}.label`, o.label, 60);
  if (label !== undefined && [...labels].some((l) => sameLabel(l) === sameLabel(label)))
    c.fail(`${path}.label`, 'must differ from the other strata', label);
  if (label !== undefined) labels.add(label);
  const share = c.number(`${path}.share`, o.share, 0, 1, { loOpen: true });
  const effect = c.number(`${path}.effect`, o.effect, -MAX, MAX);
  const s: Stratum = { label: label ?? '', share: share ?? NaN, effect: effect ?? NaN };
  if (o.controlMean !== undefined) s.controlMean = c.number(`${path}.controlMean`, o.controlMean, -MAX, MAX);
  if (o.sd !== undefined) s.sd = c.positive(`${path}.sd`, o.sd, MAX);
  if (o.treatmentSd !== undefined) s.treatmentSd = c.positive(`${path}.treatmentSd`, o.treatmentSd, MAX);
  if (ctx.measure && ctx.control && effect !== undefined)
    timedWalkRange(c, path, resolveStratum(s, ctx.control), ctx.measure);
  return s;
}

/** A % improvement in time must stay below 100 (the follow-up time stays positive); in distance above −100. */
function timedWalkRange(c: Checker, path: string, m: StratumModel, measure: 'time' | 'distance'): void {
  const ok = (x: number) => (measure === 'time' ? x < 100 : x > -100);
  const rule = `${measure === 'time' ? '< 100' : '> -100'} (a % improvement in walking ${measure})`;
  if (!ok(m.controlMean)) c.fail(`${path}.controlMean`, `must be ${rule}`, m.controlMean);
  else if (!ok(m.treatmentMean)) c.fail(`${path}.effect`, `must keep controlMean + effect ${rule}`, m.treatmentMean - m.controlMean);
}

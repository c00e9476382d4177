import type { Provenance } from '../core/scenario/types.ts';
import type { ArmForm, FormState, StratumField, StratumForm } from './formTypes.ts';

/** Arm values that carry a provenance. */
export type ArmValueField = 'mean' | 'sd' | 'rate' | 'dose' | 'lossOfAmbulation';

const same = (a: string | undefined, b: string): boolean =>
  a !== undefined && (a.trim() === b.trim() || (b.trim() !== '' && Number(a) === Number(b)));

/** Provenance of an arm's value: as loaded while unchanged, "assumed" once edited or when unknown. */
export function armProvenance(arm: ArmForm, field: ArmValueField): Provenance {
  const p = arm.provenance[field];
  return p !== undefined && same(arm.loaded[field], arm[field]) ? p : 'assumed';
}

/** Provenance of the design dropout, when the loaded scenario stated one. */
export function dropoutProvenance(form: FormState): Provenance | null {
  if (form.dropoutProvenance === null) return null;
  return same(form.dropoutLoaded, form.dropout) ? form.dropoutProvenance : 'assumed';
}

/** The provenance record an assembled arm carries. */
export function armProvenanceRecord(form: FormState, arm: ArmForm, fields: readonly ArmValueField[]) {
  const out: Record<string, Provenance> = {};
  for (const f of fields) out[f] = armProvenance(arm, f);
  const dp = dropoutProvenance(form);
  if (dp !== null) out.dropout = dp;
  return out;
}

/** Provenance of the source n per arm: the seed subgroup's default (12) is inferred; an edit makes it assumed. */
export function sourceNProvenance(form: FormState): Provenance {
  return same(form.sourceNLoaded, form.sourceN) ? form.sourceNProvenance : 'assumed';
}

/** Provenance of a stratum's value: as loaded while unchanged (none when unknown), "assumed" once edited. */
export function stratumProvenance(s: StratumForm, field: StratumField): Provenance | null {
  return same(s.loaded[field], s[field]) ? (s.provenance[field] ?? null) : 'assumed';
}

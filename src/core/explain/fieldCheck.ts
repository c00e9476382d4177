/**
 * The explanation page's inputs as the reader types them: a number box may be empty (null, never a
 * silent 0) or out of range. Messages name the field and its allowed range on the field's own scale
 * (% where the reader types percentages), in the planner's terse style.
 */

/** An input record as typed: every number may be missing. */
export type Raw<T> = { [K in keyof T]: T[K] extends number ? number | null : T[K] };

/** Field name (its data-param) → one message shown next to it. */
export type FieldErrors = Record<string, string>;

export interface NumberSpec {
  label: string;
  lo: number;
  hi: number;
  integer?: boolean;
  /** Appended to numbers in the message: "%" or " points". */
  unit?: string;
}

const show = (v: number, unit: string) => `${v}${unit}`;

/**
 * The message for one number box, or null when it is fine.
 * @example numberError(null, {label: 'Saline improved', lo: 0, hi: 100, unit: '%'}) // → "Saline improved is empty: enter a number from 0% to 100%"
 */
export function numberError(v: number | null | undefined, s: NumberSpec): string | null {
  const unit = s.unit ?? '';
  const kind = s.integer ? 'a whole number' : 'a number';
  const range = `${kind} from ${show(s.lo, unit)} to ${show(s.hi, unit)}`;
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return `${s.label} is empty: enter ${range}`;
  if (!Number.isFinite(v) || v < s.lo || v > s.hi || (s.integer && !Number.isInteger(v))) return `${s.label} must be ${range}, got ${show(v, unit)}`;
  return null;
}

/** Checks every listed field of `raw`; returns the messages by field name. */
export function checkNumbers<T extends object>(raw: T, specs: Partial<Record<keyof T & string, NumberSpec>>): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, s] of Object.entries(specs) as [string, NumberSpec][]) {
    const e = numberError((raw as Record<string, unknown>)[k] as number | null, s);
    if (e !== null) out[k] = e;
  }
  return out;
}

/** The seed as typed: text of 1 to 200 characters (what every experiment accepts). */
export function seedError(seed: string): string | null {
  if (seed.trim().length === 0) return 'Random seed is empty: enter any text of 1 to 200 characters';
  if (seed.length > 200) return `Random seed must be 1 to 200 characters, got ${seed.length}`;
  return null;
}

export const hasErrors = (e: FieldErrors): boolean => Object.keys(e).length > 0;

import { suggestKey } from './suggest.ts';

/** Small field checkers that collect "path must …, got …" messages instead of throwing. */

export interface FieldError {
  path: string;
  message: string;
}

/** Characters JSON leaves as they are but a terminal or page would act on: line separators, C1 controls, bidi overrides. */
const INVISIBLE = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const escapeChar = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Short, safe rendering of a user value for a message (never the whole of a huge string). */
export function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v).replace(INVISIBLE, escapeChar);
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : String(v);
}

/** An object seen through its declared keys only: reading any other key does not compile. */
export type Fields<K extends string> = { readonly [P in K]?: unknown };

/** Unknown keys named per object before the rest are summarised (a file may hold thousands). */
const MAX_NAMED_KEYS = 3;

/** A key as it appears in a path: plain names as they are, anything else quoted and shortened. */
function keyPath(path: string, k: string): string {
  const name = /^[A-Za-z_$][\w$-]{0,59}$/.test(k) ? k : `[${shown(k)}]`;
  return path === '' ? name : `${path}.${name}`;
}

/** At most this many field errors are shown (the rest are counted): a damaged file can have thousands. */
export const MAX_SHOWN_ERRORS = 8;

/** The messages to show for a list of field errors, the excess summarised in one more line. */
export function shownErrors(errors: readonly FieldError[]): string[] {
  const shownList = errors.slice(0, MAX_SHOWN_ERRORS).map((e) => e.message);
  if (errors.length > MAX_SHOWN_ERRORS) shownList.push(`and ${errors.length - MAX_SHOWN_ERRORS} more problems`);
  return shownList;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class Checker {
  readonly errors: FieldError[] = [];

  fail(path: string, rule: string, got: unknown): void {
    this.errors.push({ path, message: `${path} ${rule}, got ${shown(got)}` });
  }

  /** A finite number within [lo, hi] (open ends when the flags say so). */
  number(
    path: string,
    v: unknown,
    lo: number,
    hi: number,
    opts: { loOpen?: boolean; hiOpen?: boolean; integer?: boolean } = {},
  ): number | undefined {
    const kind = opts.integer ? 'a whole number' : 'a number';
    const range = `${opts.loOpen ? '(' : '['}${lo}, ${hi}${opts.hiOpen ? ')' : ']'}`;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.fail(path, `must be ${kind} in ${range}`, v);
      return undefined;
    }
    if (opts.integer && !Number.isInteger(v)) {
      this.fail(path, `must be a whole number in ${range}`, v);
      return undefined;
    }
    const below = opts.loOpen ? v <= lo : v < lo;
    const above = opts.hiOpen ? v >= hi : v > hi;
    if (below || above) {
      this.fail(path, `must be in ${range}`, v);
      return undefined;
    }
    return v;
  }

  /** A number that must be strictly positive and at most hi. */
  positive(path: string, v: unknown, hi: number): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      this.fail(path, `must be > 0`, v);
      return undefined;
    }
    if (v > hi) {
      this.fail(path, `must be at most ${hi}`, v);
      return undefined;
    }
    return v;
  }

  oneOf<T extends string | number>(path: string, v: unknown, allowed: readonly T[]): T | undefined {
    if (!allowed.includes(v as T)) {
      this.fail(path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, v);
      return undefined;
    }
    return v as T;
  }

  text(path: string, v: unknown, maxLength: number, required = true): string | undefined {
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || (required && v.trim() === '')) {
      this.fail(path, `must be a non-empty text`, v);
      return undefined;
    }
    if (v.length > maxLength) {
      this.errors.push({ path, message: `${path} must be at most ${maxLength} characters, got ${v.length}` });
      return undefined;
    }
    return v;
  }

  /**
   * An object whose keys must all be declared (scenario/fields.ts); every other key is an error
   * naming the closest known key. `unused` lists keys of the format that this variant does not take,
   * with the reason ("a binary endpoint"), so they are refused with that reason instead.
   */
  fields<K extends string>(
    path: string,
    v: unknown,
    keys: readonly K[],
    unused?: { keys: readonly string[]; by: string },
  ): Fields<K> | undefined {
    const o = this.object(path === '' ? 'scenario' : path, v);
    if (!o) return undefined;
    const extra = Object.keys(o).filter((k) => !(keys as readonly string[]).includes(k));
    for (const k of extra.slice(0, MAX_NAMED_KEYS)) {
      const p = keyPath(path, k);
      if (unused?.keys.includes(k)) this.errors.push({ path: p, message: `${p} is not used by ${unused.by}` });
      else {
        const near = suggestKey(k, keys);
        this.errors.push({ path: p, message: `${p} is not a known field${near ? ` (did you mean "${near}"?)` : ''}` });
      }
    }
    if (extra.length > MAX_NAMED_KEYS)
      this.errors.push({ path, message: `${path || 'scenario'} has ${extra.length - MAX_NAMED_KEYS} more fields that are not known` });
    return o as Fields<K>;
  }

  object(path: string, v: unknown): Record<string, unknown> | undefined {
    if (!isObject(v)) {
      this.fail(path, 'must be an object', v);
      return undefined;
    }
    return v;
  }
}

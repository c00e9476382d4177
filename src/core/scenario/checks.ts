/** Small field checkers that collect "path must …, got …" messages instead of throwing. */

export interface FieldError {
  path: string;
  message: string;
}

/** Short, safe rendering of a user value for a message (never the whole of a huge string). */
export function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : String(v);
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

  object(path: string, v: unknown): Record<string, unknown> | undefined {
    if (!isObject(v)) {
      this.fail(path, 'must be an object', v);
      return undefined;
    }
    return v;
  }
}

import { LIMITS } from '../scenario/limits.ts';

/** Field-level checks for experiment parameters, in the scenario validator's terse style. */
export class ParamChecker {
  readonly errors: string[] = [];

  /** A finite number in [lo, hi] (whole if `integer`); returns whether it passed. */
  number(name: string, v: unknown, lo: number, hi: number, integer = false): boolean {
    const ok = typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi && (!integer || Number.isInteger(v));
    if (!ok) this.errors.push(`${name} must be ${integer ? 'a whole number' : 'a number'} in [${lo}, ${hi}], got ${show(v)}`);
    return ok;
  }

  /** Every element of a non-empty list passes `number`. */
  list(name: string, v: unknown, lo: number, hi: number, maxLength: number): boolean {
    if (!Array.isArray(v) || v.length === 0 || v.length > maxLength) {
      this.errors.push(`${name} must be a list of 1 to ${maxLength} numbers`);
      return false;
    }
    return v.every((x, i) => this.number(`${name}[${i}]`, x, lo, hi));
  }

  oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[]): boolean {
    const ok = allowed.includes(v as T);
    if (!ok) this.errors.push(`${name} must be one of ${allowed.join(', ')}, got ${show(v)}`);
    return ok;
  }

  /**
   * The seed and trial count every experiment carries: at least a scenario's fewest trials (LIMITS.minSims), since the
   * planner's loss view runs as many as its scenario's main run when that is under its usual 2,000.
   */
  simulation(p: { seed: unknown; sims: unknown }, maxSims = 1_000_000): void {
    if (typeof p.seed !== 'string' || p.seed.length < 1 || p.seed.length > 200) this.errors.push('seed must be text of 1 to 200 characters');
    this.number('sims', p.sims, LIMITS.minSims, maxSims, true);
  }
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** Helpers for the scipy/mpmath fixture tests (tests/fixtures/distributions/*.json, made by make_*_fixtures.py). */
import { readFileSync } from 'node:fs';

/** JSON has no Infinity/NaN: the fixture scripts write them as strings. */
export type Num = number | 'Infinity' | '-Infinity' | 'NaN';

export function num(v: Num): number {
  return typeof v === 'number' ? v : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : NaN;
}

export function loadFixture(name: 'dist' | 'power'): any {
  return JSON.parse(readFileSync(new URL(`../../fixtures/distributions/${name}.json`, import.meta.url), 'utf8'));
}

/** One comparison: |actual − expected| ≤ max(abs, rel·|expected|). */
export interface Check {
  label: string;
  actual: number;
  expected: number;
}

/**
 * Returns a description of every check outside tolerance (empty when all pass); NaN/±Infinity must match exactly.
 * Use as `expect(failures(checks, rel, abs)).toEqual([])` so that all offenders are reported at once.
 */
export function failures(checks: Check[], rel: number, abs = 0): string[] {
  const out: string[] = [];
  for (const { label, actual, expected } of checks) {
    if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
      if (!Object.is(actual, expected) && !(Number.isNaN(actual) && Number.isNaN(expected)))
        out.push(`${label}: got ${actual}, want ${expected}`);
      continue;
    }
    const err = Math.abs(actual - expected);
    if (!(err <= Math.max(abs, rel * Math.abs(expected))))
      out.push(`${label}: got ${actual}, want ${expected} (abs ${err.toExponential(2)}, rel ${(err / Math.abs(expected)).toExponential(2)})`);
  }
  return out;
}

/** Largest relative error among checks with |expected| > floor (for reporting accuracy reached). */
export function worstRel(checks: Check[], floor = 0): number {
  let w = 0;
  for (const { actual, expected } of checks)
    if (Math.abs(expected) > floor && Number.isFinite(expected)) w = Math.max(w, Math.abs(actual - expected) / Math.abs(expected));
  return w;
}

/** Shared shapes and helpers of the validation checks (docs/validation.md is rendered from their results). */
import { readFileSync } from 'node:fs';

/** One validated method: what it is checked against, how closely, and what the check measured. */
export interface ValidationRow {
  section: string;
  method: string;
  reference: string;
  tolerance: string;
  result: string;
  pass: boolean;
  testFile: string;
}

/** A fixture under tests/fixtures, parsed. */
export function fixture<T = any>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')) as T;
}

/** JSON has no Infinity/NaN: the fixture scripts write them as strings. */
export const num = (v: number | string): number =>
  typeof v === 'number' ? v : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : NaN;

/** An error for display: 2 significant digits, so last-ulp differences between machines do not show. */
export const sci = (x: number): string => (x === 0 ? '0' : x.toExponential(1));

/**
 * A measured error for display: below 1e-14 only the bound shows, since errors at the last few ulps
 * can differ between Node versions (Math.exp/log/pow) and the file must be the same on every machine.
 */
export const err = (x: number): string => (x < 1e-14 ? '< 1e-14' : sci(x));

/** A rate or probability for display (4 decimals). */
export const fix4 = (x: number): string => x.toFixed(4);

/** Largest |actual − expected| over pairs, and whether every pair is within max(abs, rel·|expected|). */
export function worst(pairs: [number, number][], rel: number, abs = 0): { absErr: number; relErr: number; ok: boolean; n: number } {
  let absErr = 0;
  let relErr = 0;
  let ok = pairs.length > 0;
  for (const [a, e] of pairs) {
    if (!Number.isFinite(e) || !Number.isFinite(a)) {
      if (!Object.is(a, e)) ok = false;
      continue;
    }
    const d = Math.abs(a - e);
    absErr = Math.max(absErr, d);
    if (e !== 0) relErr = Math.max(relErr, d / Math.abs(e));
    if (!(d <= Math.max(abs, rel * Math.abs(e)))) ok = false;
  }
  return { absErr, relErr, ok, n: pairs.length };
}

/** A rejection rate with its Monte Carlo standard error, within 4 MCSE (+ slack) of the target (or below it when `atMost`). */
export function calibration(rate: number, target: number, sims: number, slack = 0, atMost = false) {
  const mcse = Math.sqrt((target * (1 - target)) / sims);
  const bound = 4 * mcse + slack;
  const ok = atMost ? rate <= target + bound : Math.abs(rate - target) <= bound;
  return {
    ok,
    result: `${fix4(rate)} (MCSE ${fix4(mcse)}, ${sims} sims)`,
    tolerance: atMost ? `≤ ${target} + 4 MCSE` : slack ? `${target} ± (4 MCSE + ${slack})` : `${target} ± 4 MCSE`,
  };
}

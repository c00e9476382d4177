import { ENGINE_VERSION } from '../../../core/version.ts';
import { TRIAL_CITATION_REGISTERED } from '../../../core/trialFacts.ts';
import { count, fmtDiff, pctRough, signedText } from '../../../core/report/numberText.ts';

/** A proportion for running text: whole percent, one decimal below 10% ("4.9%"), "…" while it is being simulated. */
export const percent = (p: number | null | undefined): string => (p === null || p === undefined || !Number.isFinite(p) ? '…' : pctRough(p));

/** A difference in proportions as signed percentage points: −0.04 → "−4 points". */
export const points = (d: number, digits = 0): string => (Number.isFinite(d) ? `${signedText(d * 100, digits)} points` : '…');

/** A number with up to `digits` decimals and a true minus sign: −54.4 → "−54.4". */
export const num = (v: number, digits = 1): string => (Number.isFinite(v) ? fmtDiff(v, digits) : '…');

/** Lines under an exported figure: its assumptions, the trials and seed, and the seed trial. */
export function figureNotes(assumptions: string, trials: number, seed: string): string[] {
  return [
    `Assumptions: ${assumptions}`,
    `${count(trials)} simulated trials · seed "${seed}" · Stride ${ENGINE_VERSION}.`,
    `Seed trial: ${TRIAL_CITATION_REGISTERED}.`,
  ];
}

/** A grid from lo to hi in steps (rounded to 1e-9, so 0.1 + 0.2 prints as 0.3), plus extra values, sorted. */
export function grid(lo: number, hi: number, step: number, extra: readonly number[] = []): number[] {
  const out = new Set<number>();
  for (let i = 0; lo + i * step <= hi + 1e-9; i++) out.add(Math.round((lo + i * step) * 1e9) / 1e9);
  for (const v of extra) if (Number.isFinite(v)) out.add(Math.round(v * 1e9) / 1e9);
  return [...out].sort((a, b) => a - b);
}

/**
 * Where a curve first reaches `target`, by linear interpolation between grid points (x ascending);
 * null if it never does.
 * @example crossing([{x: 0, y: 0.5}, {x: 1, y: 0.9}], 0.8) // → 0.75
 */
export function crossing(pts: readonly { x: number; y: number }[], target: number): number | null {
  for (let i = 0; i < pts.length; i++) {
    if (!(pts[i].y >= target)) continue;
    if (i === 0) return pts[0].x;
    const a = pts[i - 1];
    const b = pts[i];
    return a.x + ((target - a.y) / (b.y - a.y)) * (b.x - a.x);
  }
  return null;
}

/**
 * A value's provenance in words: the default's while the reader keeps it, "assumed" once changed
 * (as the planner badges an edited value).
 * @example provenanceOf(37, 37, 'reported') // → "reported"
 */
export function provenanceOf(value: number, defaultValue: number, provenance: string): string {
  return Math.abs(value - defaultValue) < 1e-9 ? provenance : 'assumed';
}

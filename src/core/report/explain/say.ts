import { ENGINE_VERSION } from '../../version.ts';
import { TRIAL_CITATION_REGISTERED } from '../../trialFacts.ts';
import { count, fmtDiff, pctRough, signedText } from '../numberText.ts';

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

/**
 * A value's provenance in words: the default's while the reader keeps it, "assumed" once changed
 * (as the planner badges an edited value).
 * @example provenanceOf(37, 37, 'reported') // → "reported"
 */
export function provenanceOf(value: number, defaultValue: number, provenance: string): string {
  return Math.abs(value - defaultValue) < 1e-9 ? provenance : 'assumed';
}

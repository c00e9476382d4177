import type { Provenance } from '../scenario/types.ts';
import { differenceSe } from './differenceSe.ts';

/** A number from the seed trial sheet (docs/seed-trial.md) with where it came from. */
export interface Fact {
  value: number;
  provenance: Provenance;
  /** Why, in a few words (shown next to the input). */
  note: string;
}

const fact = (value: number, provenance: Provenance, note: string): Fact => ({ value, provenance, note });

/**
 * The seed trial's facts the explanation starts from (Harris et al. 2024; seed-trial.md §1–3).
 * Defaults only: the page lets the reader change every one.
 */
export const SEED = {
  randomisedPerArm: fact(27, 'reported', '27 MSC-NP, 27 saline (§1b #14–15)'),
  analysedSaline: fact(27, 'reported', 'year-1 completers (§1b #20)'),
  analysedMscNp: fact(24, 'reported', 'year-1 completers (§1b #20)'),
  edssPlusSaline: fact(0.37, 'reported', 'EDSS Plus improved, saline (§1c #24)'),
  edssPlusMscNp: fact(0.33, 'reported', 'EDSS Plus improved, MSC-NP (§1c #23)'),
  t25fwSalineMean: fact(-54.4, 'reported', 'T25FW % improvement, saline, EDSS 6.0–6.5 (§1d #29)'),
  t25fwSalineSd: fact(70.5, 'reported', '§1d #29'),
  t25fwMscNpMean: fact(3.7, 'reported', 'T25FW % improvement, MSC-NP, EDSS 6.0–6.5 (§1d #28)'),
  t25fwMscNpSd: fact(23.1, 'reported', '§1d #28'),
  subgroupShare: fact(0.45, 'inferred', 'about 23 of the 51 analysed at EDSS 6.0–6.5 (§2.1)'),
  subgroupPerArm: fact(12, 'inferred', 'back-calculated from the subgroup p-values (§2.1)'),
  visitNoisePct: fact(15, 'reported', 'T25FW varies 14.4–16.3% between visits with no true change (Hobart 2013, L2)'),
  responderThreshold: fact(20, 'reported', 'the usual ≥ 20% T25FW threshold (L1, L2)'),
  alpha: fact(0.05, 'assumed', 'two-sided 5% level'),
} as const;

export const SEED_CITATION = 'Harris VK et al. Stem Cell Res Ther 2024;15:151, doi:10.1186/s13287-024-03765-6 (NCT03355365)';

/** Observed T25FW difference in the EDSS 6.0–6.5 subgroup, MSC-NP − saline, in % points (derived). */
export const observedT25fwDifference = (): number => SEED.t25fwMscNpMean.value - SEED.t25fwSalineMean.value;

/**
 * Standard error of the subgroup's T25FW difference at n per arm: √(sd₁²/n + sd₂²/n).
 * @example subgroupStandardError(12) // → 21.4
 */
export function subgroupStandardError(nPerArm: number): number {
  return differenceSe(SEED.t25fwSalineSd.value, SEED.t25fwMscNpSd.value, nPerArm);
}

import type { Provenance } from './scenario/types.ts';
import { differenceSe } from './explain/differenceSe.ts';

/**
 * The facts of the trial Stride's scenarios start from (Harris et al. 2024, docs/seed-trial.md), in one place: the
 * planner's defaults, the explanation's inputs and the report's citation read them here. ("Seed" in identifiers
 * means only the random seed.)
 */

/** A number from the trial sheet (docs/seed-trial.md) with where it came from. */
export interface Fact {
  value: number;
  provenance: Provenance;
  /** Why, in a few words (shown next to the input). */
  note: string;
}

const fact = (value: number, provenance: Provenance, note: string): Fact => ({ value, provenance, note });

/** The trial's numbers (seed-trial.md §1–3). Defaults only: the planner and the explanation let the reader change every one. */
export const TRIAL_FACTS = {
  randomisedPerArm: fact(27, 'reported', '27 MSC-NP, 27 saline (§1b #14–15)'),
  analysedSaline: fact(27, 'reported', 'year-1 completers (§1b #20)'),
  analysedMscNp: fact(24, 'reported', 'year-1 completers (§1b #20)'),
  edssPlusSaline: fact(0.37, 'reported', 'EDSS Plus improved, saline (§1c #24)'),
  edssPlusMscNp: fact(0.33, 'reported', 'EDSS Plus improved, MSC-NP (§1c #23)'),
  t25fwSalineMean: fact(-54.4, 'reported', 'T25FW % improvement, saline, EDSS 6.0–6.5 (§1d #29)'),
  t25fwSalineSd: fact(70.5, 'reported', '§1d #29'),
  t25fwMscNpMean: fact(3.7, 'reported', 'T25FW % improvement, MSC-NP, EDSS 6.0–6.5 (§1d #28)'),
  t25fwMscNpSd: fact(23.1, 'reported', '§1d #28'),
  sixmwtSalineMean: fact(-32.1, 'reported', '6MWT % improvement, saline, EDSS 6.0–6.5 (§1d)'),
  sixmwtMscNpMean: fact(-9.2, 'reported', '6MWT % improvement, MSC-NP, EDSS 6.0–6.5 (§1d)'),
  subgroupShare: fact(0.45, 'inferred', 'about 23 of the 51 analysed at EDSS 6.0–6.5 (§2.1)'),
  subgroupPerArm: fact(12, 'inferred', 'back-calculated from the subgroup p-values (§2.1)'),
  cellsPerInjection: fact(10, 'reported', 'million MSC-NP cells per intrathecal injection (§1a #9)'),
  injections: fact(6, 'reported', 'injections every two months for a year (§1a #7)'),
  visitNoisePct: fact(15, 'reported', 'T25FW varies 14.4–16.3% between visits with no true change (Hobart 2013, L2)'),
  responderThreshold: fact(20, 'reported', 'the usual ≥ 20% T25FW threshold (L1, L2)'),
  alpha: fact(0.05, 'assumed', 'two-sided 5% level'),
} as const;

/** The EDSS strata of the trial's exploratory subgroup analysis: walking without aids, and with them. */
export const TRIAL_STRATA = { low: 'EDSS 3.0–5.5', high: 'EDSS 6.0–6.5' } as const;

/** The trial's publication, as reports cite it. */
export const TRIAL_CITATION = 'Harris VK et al. Stem Cell Res Ther 2024;15:151, doi:10.1186/s13287-024-03765-6';

/** The publication with the trial's registry number (the explanation's footnote). */
export const TRIAL_CITATION_REGISTERED = `${TRIAL_CITATION} (NCT03355365)`;

/** A derived difference in % points, to the one decimal its two reported means carry. */
const difference = (treatment: Fact, control: Fact): number => Number((treatment.value - control.value).toFixed(1));

/** Observed T25FW difference in the EDSS 6.0–6.5 subgroup, MSC-NP − saline, in % points (derived): 58.1. */
export const observedT25fwDifference = (): number => difference(TRIAL_FACTS.t25fwMscNpMean, TRIAL_FACTS.t25fwSalineMean);

/** Observed 6MWT difference in the EDSS 6.0–6.5 subgroup, MSC-NP − saline, in % points (derived): 22.9. */
export const observed6mwtDifference = (): number => difference(TRIAL_FACTS.sixmwtMscNpMean, TRIAL_FACTS.sixmwtSalineMean);

/**
 * Standard error of the subgroup's T25FW difference at n per arm: √(sd₁²/n + sd₂²/n).
 * @example subgroupStandardError(12) // → 21.4
 */
export function subgroupStandardError(nPerArm: number): number {
  return differenceSe(TRIAL_FACTS.t25fwSalineSd.value, TRIAL_FACTS.t25fwMscNpSd.value, nPerArm);
}

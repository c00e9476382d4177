import { niceBins } from '../bins.ts';
import { differenceSe } from '../differenceSe.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../fieldCheck.ts';
import { observedT25fwDifference, TRIAL_FACTS } from '../../trialFacts.ts';
import type { WinnersCurseParams } from '../winnersCurse.ts';

/** Section 5 of the explanation page: the reader's inputs, their checks and the experiment's parameters. */

export interface WinnersCurseInputs {
  nPerArm: number;
  /** True T25FW benefit, percentage points of % improvement. */
  trueDiff: number;
}

/** Default truth: half the observed subgroup difference (the shrinkage section 7 uses too). */
export const winnersCurseDefaults = (): WinnersCurseInputs => ({
  nPerArm: TRIAL_FACTS.subgroupPerArm.value,
  trueDiff: Math.round(observedT25fwDifference() * 0.5 * 100) / 100,
});

export function winnersCurseParams(i: WinnersCurseInputs, seed: string): WinnersCurseParams {
  const sdControl = TRIAL_FACTS.t25fwSalineSd.value;
  const sdTreatment = TRIAL_FACTS.t25fwMscNpSd.value;
  const se = differenceSe(sdControl, sdTreatment, i.nPerArm);
  const reach = Math.max(4.5 * se, Math.abs(observedT25fwDifference() - i.trueDiff) + se);
  return { seed, sims: 100_000, nPerArm: i.nPerArm, sdControl, sdTreatment, trueDifference: i.trueDiff, alpha: TRIAL_FACTS.alpha.value, bins: niceBins(i.trueDiff, reach, 44) };
}

/** Inputs of section 5. */
export function checkWinnersCurse(raw: Raw<WinnersCurseInputs>): FieldErrors {
  return checkNumbers(raw, {
    trueDiff: { label: 'True T25FW benefit', lo: 1, hi: 100, unit: ' points' },
    nPerArm: { label: 'Subgroup patients per arm', lo: 4, hi: 200, integer: true },
  });
}

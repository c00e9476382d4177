import { checkNumbers, type FieldErrors, type Raw } from '../fieldCheck.ts';
import { grid } from '../grid.ts';
import type { NullDifferenceParams } from '../nullDifference.ts';
import type { PowerByDifferenceParams } from '../powerByDifference.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';

/** Section 1 of the explanation page: the reader's inputs, their checks and the experiment's parameters. */

export interface TrialAsRunInputs {
  /** Observed EDSS Plus improvement rates, %. */
  salinePct: number;
  mscNpPct: number;
  test: 'chi-square' | 'fisher';
}

export const trialAsRunDefaults = (): TrialAsRunInputs => ({
  salinePct: TRIAL_FACTS.edssPlusSaline.value * 100,
  mscNpPct: TRIAL_FACTS.edssPlusMscNp.value * 100,
  test: 'chi-square',
});

const N0 = TRIAL_FACTS.analysedSaline.value;
const N1 = TRIAL_FACTS.analysedMscNp.value;

export function powerParams(i: TrialAsRunInputs, seed: string): PowerByDifferenceParams {
  const control = i.salinePct / 100;
  const differences = grid(-0.3, 0.4, 0.025).filter((d) => control + d >= 0 && control + d <= 1);
  return { seed, sims: 10_000, control, differences, nControl: N0, nTreatment: N1, test: i.test, alpha: TRIAL_FACTS.alpha.value };
}

export function nullParams(i: TrialAsRunInputs, seed: string): NullDifferenceParams {
  // Bins one responder wide in the smaller arm, centred on multiples of it: the difference lives on the
  // lattice a/n₁ − b/n₀, and narrower or offset bins alias into a comb.
  const width = 1 / Math.min(N0, N1);
  const half = Math.ceil(0.6 / width);
  const rate = (N0 * i.salinePct + N1 * i.mscNpPct) / 100 / (N0 + N1);
  return {
    seed,
    sims: 100_000,
    rate,
    nControl: N0,
    nTreatment: N1,
    observed: (i.mscNpPct - i.salinePct) / 100,
    bins: { lo: -(half + 0.5) * width, width, count: 2 * half + 1 },
    test: i.test,
    alpha: TRIAL_FACTS.alpha.value,
  };
}

/** Inputs of section 1 as typed: rates are percentages. */
export function checkTrialAsRun(raw: Raw<TrialAsRunInputs>): FieldErrors {
  return checkNumbers(raw, {
    salinePct: { label: 'Saline improved', lo: 0, hi: 100, unit: '%' },
    mscNpPct: { label: 'MSC-NP improved', lo: 0, hi: 100, unit: '%' },
  });
}

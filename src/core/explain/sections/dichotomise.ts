import type { DichotomiseParams } from '../dichotomise.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../fieldCheck.ts';
import { grid } from '../grid.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';

/** Section 3 of the explanation page: the reader's inputs, their checks and the experiment's parameters. */

export interface DichotomiseInputs {
  nPerArm: number;
  /** Visit-to-visit T25FW variation with no true change, %. */
  noisePct: number;
  /** Responder threshold, % improvement (a multiple of 5: the simulated grid). */
  threshold: number;
  test: 'chi-square' | 'fisher';
}

export const dichotomiseDefaults = (): DichotomiseInputs => ({
  nPerArm: TRIAL_FACTS.subgroupPerArm.value,
  noisePct: TRIAL_FACTS.visitNoisePct.value,
  threshold: TRIAL_FACTS.responderThreshold.value,
  test: 'chi-square',
});

export const THRESHOLDS = grid(0, 50, 5);

export function dichotomiseParams(i: DichotomiseInputs, seed: string): DichotomiseParams {
  return {
    seed,
    sims: 10_000,
    nPerArm: i.nPerArm,
    control: { mean: TRIAL_FACTS.t25fwSalineMean.value, sd: TRIAL_FACTS.t25fwSalineSd.value },
    treatment: { mean: TRIAL_FACTS.t25fwMscNpMean.value, sd: TRIAL_FACTS.t25fwMscNpSd.value },
    noisePct: i.noisePct,
    thresholds: THRESHOLDS,
    responderTest: i.test,
    alpha: TRIAL_FACTS.alpha.value,
  };
}

/** Inputs of section 3. */
export function checkDichotomise(raw: Raw<DichotomiseInputs>): FieldErrors {
  return checkNumbers(raw, {
    threshold: { label: 'Responder threshold', lo: THRESHOLDS[0], hi: THRESHOLDS[THRESHOLDS.length - 1], integer: true, unit: '%' },
    noisePct: { label: 'Visit-to-visit noise', lo: 0, hi: 30, unit: '%' },
    nPerArm: { label: 'Patients per arm', lo: 4, hi: 200, integer: true },
  });
}

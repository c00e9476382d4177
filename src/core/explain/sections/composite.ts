import type { CompositeParams } from '../composite.ts';
import { perMeasureRate } from '../independence.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../fieldCheck.ts';
import { grid } from '../grid.ts';
import type { TrialAsRunInputs } from './trialAsRun.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';

/** Section 4 of the explanation page: the reader's inputs, their checks and the experiment's parameters. */

export interface CompositeInputs {
  /** Placebo improvement rate of each of the three measures, %. */
  placeboPct: number;
  /** What MSC-NP adds to T25FW improvement, percentage points. */
  effectPts: number;
  /** Correlation between the measures (0 = independent). */
  rho: number;
}

export const compositeDefaults = (trial: TrialAsRunInputs): CompositeInputs => ({
  placeboPct: perMeasureRate(trial.salinePct / 100) * 100,
  effectPts: 20,
  rho: 0,
});

const T25FW = 1; // components: EDSS, T25FW, 9HPT

export function compositeParams(i: CompositeInputs, trial: TrialAsRunInputs, seed: string): CompositeParams {
  const rates = grid(0, 0.4, 0.025, [i.placeboPct / 100]);
  return {
    seed,
    sims: 10_000,
    nControl: TRIAL_FACTS.analysedSaline.value,
    nTreatment: TRIAL_FACTS.analysedMscNp.value,
    placebo: rates.map((p) => [p, p, p]),
    component: T25FW,
    effect: i.effectPts / 100,
    rho: i.rho,
    test: trial.test,
    alpha: TRIAL_FACTS.alpha.value,
  };
}

/** Inputs of section 4 (sliders, checked all the same). */
export function checkComposite(raw: Raw<CompositeInputs>): FieldErrors {
  return checkNumbers(raw, {
    placeboPct: { label: 'Placebo improvement per measure', lo: 0, hi: 40, unit: '%' },
    effectPts: { label: 'MSC-NP adds to T25FW improvement', lo: 0, hi: 50, unit: ' points' },
    rho: { label: 'Correlation between measures', lo: 0, hi: 0.9 },
  });
}

import type { DilutionParams } from '../dilution.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../fieldCheck.ts';
import { grid } from '../grid.ts';
import type { TrialAsRunInputs } from './trialAsRun.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';

/** Section 2 of the explanation page: the reader's inputs, their checks and the experiment's parameters. */

export interface DilutionInputs {
  /** Share of analysed patients at EDSS 6.0–6.5, %. */
  sharePct: number;
  /** Extra improvement rate in those patients, percentage points. */
  benefitPts: number;
}

export const dilutionDefaults = (): DilutionInputs => ({ sharePct: TRIAL_FACTS.subgroupShare.value * 100, benefitPts: 25 });

export function dilutionParams(i: DilutionInputs, trial: TrialAsRunInputs, seed: string): DilutionParams {
  return {
    seed,
    sims: 10_000,
    control: trial.salinePct / 100,
    benefit: i.benefitPts / 100,
    shares: grid(0.05, 1, 0.05, [i.sharePct / 100]),
    nControl: TRIAL_FACTS.analysedSaline.value,
    nTreatment: TRIAL_FACTS.analysedMscNp.value,
    test: trial.test,
    alpha: TRIAL_FACTS.alpha.value,
  };
}

/** Inputs of section 2; the benefit must keep the treated rate within 100% of the saline rate above. */
export function checkDilution(raw: Raw<DilutionInputs>, trial: TrialAsRunInputs): FieldErrors {
  const e = checkNumbers(raw, {
    sharePct: { label: 'Patients at EDSS 6.0–6.5', lo: 5, hi: 100, unit: '%' },
    benefitPts: { label: 'Benefit in them', lo: 0, hi: 60, unit: ' points' },
  });
  const room = Math.round((100 - trial.salinePct) * 1e6) / 1e6;
  if (e.benefitPts === undefined && raw.benefitPts !== null && raw.benefitPts > room)
    e.benefitPts = `Benefit in them must be at most ${room} points: saline improves at ${trial.salinePct}% (section 1) and a rate cannot pass 100%, got ${raw.benefitPts} points`;
  return e;
}

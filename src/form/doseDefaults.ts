import type { DoseModel } from '../core/doses/types.ts';
import type { Provenance } from '../core/scenario/types.ts';
import { observed6mwtDifference, observedT25fwDifference, TRIAL_FACTS } from '../core/trialFacts.ts';
import type { FormState } from './formTypes.ts';

/** The trial's regimen: 10 million MSC-NP cells per intrathecal injection, 6 injections (seed-trial.md §1a #7, #9). */
export const REGIMEN_DOSE = TRIAL_FACTS.cellsPerInjection.value;
export const REGIMEN_INJECTIONS = TRIAL_FACTS.injections.value;
export const REGIMEN_UNIT = 'million cells per injection';
/** MSC-NP − saline in the EDSS 6.0–6.5 subgroup (seed-trial.md §1d #34, #35), in percentage points. */
const TRIAL_DIFFERENCE: Partial<Record<FormState['endpoint'], string>> = {
  t25fw: String(observedT25fwDifference()),
  '6mwt': String(observed6mwtDifference()),
};
/** Assumed Emax shape for a first dose study: half the effect at half the trial's dose. */
export const DEFAULT_ED50 = 5;

/** The difference of the first treatment arm and the control as typed, or '' when either mean is not a number. */
export function armDifference(f: FormState): string {
  const c = Number(f.arms[0]?.mean);
  const t = Number(f.arms[1]?.mean);
  if (f.arms[0]?.mean.trim() === '' || f.arms[1]?.mean.trim() === '' || !Number.isFinite(c) || !Number.isFinite(t)) return '';
  return String(Math.round((t - c) * 1000) / 1000);
}

/**
 * Turns dose-response on with defaults anchored at the trial's regimen: Emax, ED50 5, reference dose 10 with
 * the arms' difference as its effect; the control gets dose 0 and the first treatment arm the trial's dose.
 * Values already typed are kept.
 */
export function enableDoses(f: FormState): void {
  if (f.doseModel !== 'none') return;
  f.doseModel = 'emax';
  if (f.ed50.trim() === '') f.ed50 = String(DEFAULT_ED50);
  if (f.hill.trim() === '') f.hill = '1';
  if (f.refDose.trim() === '') f.refDose = String(REGIMEN_DOSE);
  if (f.refEffect.trim() === '') f.refEffect = armDifference(f);
  if (f.doseUnit.trim() === '') f.doseUnit = REGIMEN_UNIT;
  f.arms.forEach((a, i) => {
    if (a.dose.trim() === '') a.dose = i === 0 ? '0' : i === 1 ? String(REGIMEN_DOSE) : '';
  });
}

/**
 * Provenance of a dose-response field: the trial's dose as reference is reported (seed-trial.md §1a #9),
 * the arms' difference as its effect is derived; every shape parameter is an assumption.
 */
export function doseProvenance(f: FormState, field: 'refDose' | 'refEffect' | 'shape'): Provenance {
  if (field === 'refDose') return Number(f.refDose) === REGIMEN_DOSE && f.refDose.trim() !== '' ? 'reported' : 'assumed';
  if (field === 'refEffect') {
    // With dose arms the treatment means are often left to the model: fall back to the trial subgroup's difference.
    const given = armDifference(f) || TRIAL_DIFFERENCE[f.endpoint] || '';
    return given !== '' && f.refEffect.trim() !== '' && Number(f.refEffect) === Number(given) ? 'derived' : 'assumed';
  }
  return 'assumed';
}

export const DOSE_MODEL_LABELS: Record<DoseModel | 'none', string> = {
  none: 'No doses',
  emax: 'Emax (saturating)',
  linear: 'Linear',
  'log-linear': 'Log-linear',
  exponential: 'Exponential (rising)',
  quadratic: 'Quadratic (umbrella if δ < 0)',
  explicit: 'Explicit mean per arm',
};

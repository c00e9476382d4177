import { normalQuantile } from '../../distributions/normal.ts';
import { logChangeFor } from '../../endpoints/timedWalk.ts';
import { DEFAULTS } from '../../scenario/resolve.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../fieldCheck.ts';
import { grid } from '../grid.ts';
import type { LossParams } from '../lossOfAmbulation.ts';

/**
 * Section 8 of the explanation page: why leaving out patients who stop walking can make a harmful
 * treatment look better. Both arms walk alike (saline's reported change); a time cap makes the slowest
 * walkers unable to walk, and the treatment's harm lowers it, so more of the slowest treated patients
 * are lost while the rest walk exactly as before.
 */

export interface LossBiasInputs {
  nPerArm: number;
  /** % of saline patients unable to walk at follow-up (those slower than the cap). */
  controlUnablePct: number;
  /** The harm: extra % of treated patients unable (a multiple of 5: the simulated grid). */
  harmPct: number;
  excludeTest: 'welch' | 'mann-whitney';
}

export const lossBiasDefaults = (): LossBiasInputs => ({ nPerArm: 40, controlUnablePct: 10, harmPct: 20, excludeTest: 'welch' });

/** The simulated harms, % of treated patients: the x axis. */
export const HARMS = grid(0, 40, 5);

/** The walk both arms share: saline's reported T25FW % improvement; baseline as the planner's default. */
export const lossBiasWalk = () => ({ mean: TRIAL_FACTS.t25fwSalineMean.value, sd: TRIAL_FACTS.t25fwSalineSd.value });
const BASELINE = { logMean: DEFAULTS.baselineLogMean, logSd: DEFAULTS.baselineLogSd, rho: DEFAULTS.changeBaselineCorrelation };

/**
 * The follow-up time (s) above which a share `unable` of patients falls: log T1 = L0 + D is normal
 * with mean lm + μD and variance ls² + σD² + 2ρ·ls·σD, so the cap is its (1 − unable) quantile.
 * @example capFor(0.5) // → e^(ln 10 + μD) ≈ 12.7 s for saline's walk
 */
export function capFor(unable: number): number {
  const w = lossBiasWalk();
  const { muD, sdD } = logChangeFor('time', w.mean, w.sd);
  const { logMean, logSd, rho } = BASELINE;
  const sd = Math.sqrt(logSd ** 2 + sdD ** 2 + 2 * rho * logSd * sdD);
  return Math.exp(logMean + muD + sd * normalQuantile(1 - unable));
}

export function lossBiasParams(i: LossBiasInputs, seed: string): LossParams {
  const w = lossBiasWalk();
  const arm = { ...w, dropout: 0 };
  const c = i.controlUnablePct / 100;
  return {
    seed,
    sims: 4000,
    n: [i.nPerArm, i.nPerArm],
    measure: 'time',
    control: arm,
    treatment: arm,
    baseline: BASELINE,
    points: HARMS.map((h) => ({ loss: [0, 0], cap: [capFor(c), capFor(Math.min(0.9, c + h / 100))] })),
    threshold: TRIAL_FACTS.responderThreshold.value,
    excludeTest: i.excludeTest,
    responderTest: 'chi-square',
    alpha: TRIAL_FACTS.alpha.value,
    sides: 2,
  };
}

/** Inputs of section 8. */
export function checkLossBias(raw: Raw<LossBiasInputs>): FieldErrors {
  const out = checkNumbers(raw, {
    controlUnablePct: { label: 'Saline patients unable to walk', lo: 1, hi: 50, unit: '%' },
    harmPct: { label: 'Extra treated patients unable to walk', lo: HARMS[0], hi: HARMS[HARMS.length - 1], integer: true, unit: '%' },
    nPerArm: { label: 'Patients per arm', lo: 4, hi: 200, integer: true },
  });
  const h = raw.harmPct;
  if (out.harmPct === undefined && typeof h === 'number' && h % 5 !== 0) out.harmPct = `Extra treated patients unable to walk must be a multiple of 5%, got ${h}%`;
  return out;
}

import type { ArmMoments, Enrichment, Stratum, StratumModel } from './types.ts';

/**
 * Every stratum's control and treatment parameters: controlMean and sd default to the scenario's control arm,
 * treatment mean = controlMean + effect; treatmentSd defaults to the stratum's sd if given, else to the scenario's
 * treatment arm (a timed walk's spread differs between arms), else to the control sd.
 * @example resolveStrata({strata: [{label: 'a', share: 1, effect: 2}], enrichTo: 'a'}, {mean: 1, sd: 3})
 *   // → [{share: 1, controlMean: 1, treatmentMean: 3, controlSd: 3, treatmentSd: 3}]
 */
export function resolveStrata(e: Enrichment, control: ArmMoments, treatment?: ArmMoments): StratumModel[] {
  return e.strata.map((s) => resolveStratum(s, control, treatment));
}

/**
 * One stratum's parameters with the control arm's defaults filled in (Stratum → StratumModel).
 * @example resolveStratum({label: 'a', share: 0.4, effect: 5, sd: 2}, {mean: 1, sd: 3}).treatmentSd // → 2
 */
export function resolveStratum(s: Stratum, control: ArmMoments, treatment?: ArmMoments): StratumModel {
  const controlMean = s.controlMean ?? control.mean;
  const controlSd = s.sd ?? control.sd;
  const treatmentSd = s.treatmentSd ?? (s.sd !== undefined ? s.sd : (treatment?.sd ?? controlSd));
  return { share: s.share, controlMean, treatmentMean: controlMean + s.effect, controlSd, treatmentSd };
}

/**
 * Mean and sd of an all-comers arm, a mixture of the strata: E = Σ wₛμₛ and, by the law of total variance,
 * Var = Σ wₛσₛ² + Σ wₛ(μₛ − E)².
 * @example mixtureMoments([{share: 0.5, controlMean: 0, controlSd: 1, …}, {share: 0.5, controlMean: 2, controlSd: 1, …}],
 *   'control') // → {mean: 1, sd: √2}
 */
export function mixtureMoments(strata: readonly StratumModel[], arm: 'control' | 'treatment'): ArmMoments {
  let w = 0;
  let mean = 0;
  for (const s of strata) {
    w += s.share;
    mean += s.share * (arm === 'control' ? s.controlMean : s.treatmentMean);
  }
  mean /= w;
  let v = 0;
  for (const s of strata) {
    const mu = arm === 'control' ? s.controlMean : s.treatmentMean;
    const sd = arm === 'control' ? s.controlSd : s.treatmentSd;
    v += s.share * (sd * sd + (mu - mean) * (mu - mean));
  }
  return { mean, sd: Math.sqrt(v / w) };
}

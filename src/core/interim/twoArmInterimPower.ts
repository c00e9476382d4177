import { crossingProbabilities, expectedSampleSize, lookSizes } from './crossing.ts';
import type { GroupSequentialBounds } from './types.ts';

/** A two-arm comparison of means on normal data with known variances, analysed at each look. */
export interface TwoArmNormalDesign {
  informationRates: number[];
  /** Patients randomised to control; the treatment arm gets round(nControl × allocation). */
  nControl: number;
  allocation: number;
  sdControl: number;
  sdTreatment: number;
  /** Treatment − control in the benefit direction (positive favours treatment). */
  difference: number;
  /** Share of each arm's patients who drop out (not analysed); 0 when absent. */
  dropoutControl?: number;
  dropoutTreatment?: number;
}

/** Power, stopping probabilities per look and expected control-arm n of a two-arm group-sequential design. */
export interface InterimOperating {
  power: number;
  stopEfficacy: number[];
  stopFutility: number[];
  /** Expected control-arm patients randomised by the stopping look, Σ P(stop at k)·round(t_k·n) (rpact's count). */
  expectedNPerArm: number;
}

/**
 * The closed form for interim designs on normal data: look k analyses the first round(t_k·n) patients of
 * each arm (at the expected completers (1 − dropout)·round(t_k·n), an approximation with dropout), the z
 * test at look k has drift θ·√I_k with θ = difference and I_k = 1/(σ_c²/m_c,k + σ_t²/m_t,k), and the
 * crossing probabilities are integrated exactly (crossingProbabilities). This is the known-variance z test;
 * a t test at small looks has slightly less power.
 * @example twoArmInterimPower(groupSequentialBounds({ informationRates: [0.25, 0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0, binding: false } }, 0.025), { informationRates: [0.25, 0.5, 1], nControl: 40, allocation: 2, sdControl: 1.2, sdTreatment: 1.2, difference: 0.5 }).power // → 0.5379 (rpact getPowerMeans)
 */
export function twoArmInterimPower(bounds: Pick<GroupSequentialBounds, 'criticalZ' | 'futilityZ'>, d: TwoArmNormalDesign): InterimOperating {
  const nC = lookSizes(d.informationRates, d.nControl);
  const nT = lookSizes(d.informationRates, Math.round(d.nControl * d.allocation));
  const keepC = 1 - (d.dropoutControl ?? 0);
  const keepT = 1 - (d.dropoutTreatment ?? 0);
  const information = nC.map((c, k) => 1 / ((d.sdControl * d.sdControl) / (c * keepC) + (d.sdTreatment * d.sdTreatment) / (nT[k] * keepT)));
  const p = crossingProbabilities(bounds, information, d.difference);
  return { power: p.power, stopEfficacy: p.efficacy, stopFutility: p.futility, expectedNPerArm: expectedSampleSize(p.stop, nC) };
}

import { GRID_R } from './grid.ts';
import { nextLook, START, tailMass, total, type LookState } from './recursion.ts';
import type { CrossingProbabilities, GroupSequentialBounds } from './types.ts';

/**
 * Exact per-look stopping probabilities of a group-sequential design when E[Z_k] = θ·√I_k (normal data,
 * known variance: for two arms I_k = 1/(σ_c²/n_c,k + σ_t²/n_t,k) and θ the mean difference), with the
 * futility rule obeyed whether binding or not (as rpact's getPowerAndAverageSampleNumber does). The
 * information may differ from the rates the bounds were built on (looks at round(rate × n) patients).
 * Efficacy takes precedence where a futility bound lies above the efficacy bound. Recursive numerical
 * integration on Jennison & Turnbull's grid (2000, ch. 19).
 * @example crossingProbabilities({ criticalZ: [2.9626, 1.9686], futilityZ: [-Infinity, -Infinity] }, [50, 100], 0.28).power // → 0.7981 (rpact 0.79809)
 */
export function crossingProbabilities(
  bounds: Pick<GroupSequentialBounds, 'criticalZ' | 'futilityZ'>,
  information: number[],
  theta: number,
  r: number = GRID_R,
): CrossingProbabilities {
  const last = information.length - 1;
  if (bounds.criticalZ.length !== information.length || information.some((v, k) => !(v > (k ? information[k - 1] : 0))))
    throw new RangeError('crossingProbabilities needs one bound per look and information that increases from > 0');
  const efficacy: number[] = [];
  const futility: number[] = [];
  const stop: number[] = [];
  let state: LookState = START;
  for (let k = 0; k <= last; k++) {
    const b = bounds.criticalZ[k];
    const a = k < last ? Math.min(bounds.futilityZ[k], b) : -Infinity;
    const up = tailMass(state, information[k], theta, b, true);
    const down = k < last ? tailMass(state, information[k], theta, a, false) : 0;
    efficacy.push(up);
    futility.push(down);
    stop.push(k < last ? up + down : total(state));
    if (k < last) state = nextLook(state, information[k], theta, a, b, r);
  }
  // The final look ends every trial still running, whether it rejects or not.
  stop[last] = Math.max(0, 1 - stop.slice(0, last).reduce((s, p) => s + p, 0));
  return { efficacy, futility, power: efficacy.reduce((s, p) => s + p, 0), stop };
}

/** Expected sample size Σ_k P(the trial ends at look k)·n_k (rpact's averageSampleNumber). */
export function expectedSampleSize(stop: readonly number[], nPerLook: readonly number[]): number {
  return stop.reduce((s, p, k) => s + p * nPerLook[k], 0);
}

/**
 * Patients per arm analysed at each look: round(rate × n), the product first rounded to 12 significant
 * digits so that a rate written in decimal (0.15 × 30 = 4.499…) rounds as written (to 5).
 * @example lookSizes([0.15, 0.5, 1], 30) // → [5, 15, 30]
 */
export function lookSizes(rates: readonly number[], n: number): number[] {
  return rates.map((t) => Math.round(Number((t * n).toPrecision(12))));
}

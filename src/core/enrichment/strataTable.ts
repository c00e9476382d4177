import type { StratumModel } from './types.ts';

/**
 * Per arm and stratum, the analysed value's mean and sd (arm 0 control, arms ≥ 1 treated), and the cumulative shares
 * for drawing a patient's stratum. Flat typed arrays, index j·strata + s, so the trial loop allocates nothing.
 */
export class StrataTable {
  readonly strata: number;
  readonly arms: number;
  readonly cum: Float64Array;
  readonly mean: Float64Array;
  readonly sd: Float64Array;
  private readonly baseMean: Float64Array;
  private readonly baseMix: Float64Array;

  constructor(strata: readonly StratumModel[], arms: number) {
    const k = (this.strata = strata.length);
    this.arms = arms;
    const total = strata.reduce((a, s) => a + s.share, 0);
    this.cum = new Float64Array(k);
    let acc = 0;
    strata.forEach((s, i) => (this.cum[i] = acc += s.share / total));
    this.cum[k - 1] = 1; // rounding must not leave a sliver of u above the last stratum
    this.mean = new Float64Array(arms * k);
    this.sd = new Float64Array(arms * k);
    this.baseMix = new Float64Array(arms);
    for (let j = 0; j < arms; j++)
      strata.forEach((s, i) => {
        this.mean[j * k + i] = j === 0 ? s.controlMean : s.treatmentMean;
        this.sd[j * k + i] = j === 0 ? s.controlSd : s.treatmentSd;
        this.baseMix[j] += (s.share / total) * this.mean[j * k + i];
      });
    this.baseMean = this.mean.slice();
  }

  /** The stratum of a patient with uniform u: inversion of the shares (≤ 4 strata, a linear scan). */
  pick(u: number): number {
    const cum = this.cum;
    let s = 0;
    while (u > cum[s] && s < cum.length - 1) s++;
    return s;
  }

  /** Moves arm j's all-comers mean to `value` by shifting every stratum's mean equally (the strata keep their gaps). */
  shiftArm(j: number, value: number): void {
    const k = this.strata;
    const d = value - this.baseMix[j];
    for (let i = 0; i < k; i++) this.mean[j * k + i] = this.baseMean[j * k + i] + d;
  }
}

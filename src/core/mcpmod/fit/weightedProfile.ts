import type { ArmSummary } from './types.ts';

/**
 * Weighted least squares of the arm means on [1, z] (weights = completers), with the intercept profiled out: for one
 * trial's arm summaries, betweenRss(z) = Σwᵢ(ȳᵢ − a − b·zᵢ)² at the best a, b, which is Syy − Szy²/Szz in weighted,
 * centred sums (DoseFinding's optGrid/optLoc use the same identity on the QR residuals). The full-data RSS adds the
 * within-arm sums of squares: for normal data, fitting arm means with weights n is least squares on every patient
 * (DoseFinding fitMod, type "normal"). Arms without completers (or with a NaN mean) get weight 0. Allocates nothing
 * after construction.
 */
export class WeightedProfile {
  readonly arms: number;
  /** Weights (completers) and centred means of the current trial. */
  readonly w: Float64Array;
  readonly yc: Float64Array;
  /** Σw, the weighted mean of ȳ, Σw(ȳ − ȳ_w)², Σ within-arm SS, and the arms with weight. */
  totalWeight = 0;
  yBar = 0;
  syy = 0;
  within = 0;
  usedArms = 0;
  /** Slope and intercept of the last betweenRss call. */
  slope = NaN;
  intercept = NaN;

  constructor(arms: number) {
    this.arms = arms;
    this.w = new Float64Array(arms);
    this.yc = new Float64Array(arms);
  }

  /** Loads one trial (arm order fixed at construction). */
  load(data: ArmSummary): void {
    const k = this.arms;
    let W = 0;
    let sy = 0;
    let within = 0;
    let used = 0;
    for (let i = 0; i < k; i++) {
      const m = data.m[i];
      const y = data.mean[i];
      const ok = m > 0 && Number.isFinite(y);
      this.w[i] = ok ? m : 0;
      this.yc[i] = ok ? y : 0;
      if (ok) {
        W += m;
        sy += m * y;
        used++;
        if (m > 1) within += data.ss[i];
      }
    }
    const yBar = W > 0 ? sy / W : NaN;
    let syy = 0;
    for (let i = 0; i < k; i++) {
      if (this.w[i] > 0) this.yc[i] -= yBar;
      syy += this.w[i] * this.yc[i] * this.yc[i];
    }
    this.totalWeight = W;
    this.yBar = yBar;
    this.syy = syy;
    this.within = within;
    this.usedArms = used;
  }

  /** Between-arm weighted RSS of the best line a + b·z; sets slope and intercept. A constant z gives Syy (b = 0). */
  betweenRss(z: ArrayLike<number>): number {
    const k = this.arms;
    let sz = 0;
    let szz = 0;
    let szy = 0;
    for (let i = 0; i < k; i++) {
      const wz = this.w[i] * z[i];
      sz += wz;
      szz += wz * z[i];
      szy += wz * this.yc[i]; // Σw·yc = 0, so Σw(z − z̄)(y − ȳ) = Σw·z·yc
    }
    const zBar = sz / this.totalWeight;
    const Szz = szz - sz * zBar;
    const ok = Szz > 1e-14 * szz;
    this.slope = ok ? szy / Szz : 0;
    this.intercept = this.yBar - this.slope * zBar;
    return ok ? Math.max(this.syy - (szy * szy) / Szz, 0) : this.syy;
  }

  /** Σw(ȳ − ŷ)² of given fitted arm values, computed from residuals (exact where Syy − Szy²/Szz cancels). */
  residualRss(fitted: ArrayLike<number>): number {
    let s = 0;
    for (let i = 0; i < this.arms; i++) {
      if (this.w[i] === 0) continue;
      const r = this.yc[i] + this.yBar - fitted[i];
      s += this.w[i] * r * r;
    }
    return s;
  }
}

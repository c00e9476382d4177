import { logBeta, regIncBetaXY } from '../distributions/beta.ts';
import { logGamma, regUpperGamma } from '../distributions/gammaFn.ts';

/** Table range in x = log t, and steps per unit: cubic Hermite error ≲ 2e-8 for r ≤ 6 (mcpmod/integration.test.ts). */
const X_LO = -6;
const X_HI = 6;
const STEPS = 64;

/**
 * Q(t) = P(ρ/S > t) for ρ = |z|, z ~ N(0, I_r), S = √(χ²_ν/ν) independent (S = 1 for ν = ∞): the radial part of a
 * spherical-radial integral (Deák 1980; Genz & Bretz 2009, §4.1.2). ρ²/(rS²) ~ F(r, ν), so Q is an incomplete beta
 * (a chi-square tail when ν = ∞). Tabulated in x = log t for cubic Hermite interpolation with exact slopes.
 */
export class RadialTail {
  /** dQ/dx at the last atLog(x) call (the Hermite cubic's derivative; exact outside the table). */
  slope = NaN;
  private readonly v: Float64Array;
  private readonly d: Float64Array;

  private readonly df: number;

  /** ν ≥ 1 or ∞ (every trial has ν ≥ 1); other ν give NaN. ν > 1e15 is taken as ∞ (F(r, ν) → χ²_r/r within O(1/ν)). */
  constructor(
    private readonly r: number,
    df: number,
  ) {
    this.df = df > 1e15 ? Infinity : df;
    const n = (X_HI - X_LO) * STEPS + 1;
    this.v = new Float64Array(n);
    this.d = new Float64Array(n);
    if (!(df >= 1) || !(r >= 1)) {
      // outside the domain: NaN everywhere rather than 1,538 slowly converging incomplete betas
      this.v.fill(NaN);
      this.d.fill(NaN);
      return;
    }
    for (let i = 0; i < n; i++) {
      const x = X_LO + i / STEPS;
      this.v[i] = this.exact(x);
      this.d[i] = this.derivative(x) / STEPS; // per table step
    }
  }

  /** Q(e^x), from the table inside [−6, 6] and exactly outside; also sets `slope`. */
  atLog(x: number): number {
    if (!(this.df >= 1 && this.r >= 1)) return (this.slope = NaN);
    const u = (x - X_LO) * STEPS;
    if (!(u >= 0 && u < this.v.length - 1)) {
      this.slope = x !== x ? NaN : this.derivative(x);
      return x !== x ? NaN : this.exact(x);
    }
    const i = Math.floor(u);
    const s = u - i;
    const s2 = s * s;
    const s3 = s2 * s;
    const { v, d } = this;
    this.slope =
      ((6 * s2 - 6 * s) * (v[i] - v[i + 1]) + (3 * s2 - 4 * s + 1) * d[i] + (3 * s2 - 2 * s) * d[i + 1]) * STEPS;
    return (2 * s3 - 3 * s2 + 1) * v[i] + (s3 - 2 * s2 + s) * d[i] + (-2 * s3 + 3 * s2) * v[i + 1] + (s3 - s2) * d[i + 1];
  }

  /** Q(e^x) = 1 − I_z(r/2, ν/2), z = t²/(t² + ν) (y = t²/r is F(r, ν)); the upper tail directly, without cancellation. */
  exact(x: number): number {
    const t2 = Math.exp(2 * x);
    if (this.df === Infinity) return regUpperGamma(this.r / 2, t2 / 2);
    return regIncBetaXY(t2 / (t2 + this.df), this.df / (t2 + this.df), this.r / 2, this.df / 2, true);
  }

  /** dQ/dx = −2y·f_F(y) with y = t²/r (F(r, ν) density), or −2v·f_χ²(v) with v = t² when ν = ∞. */
  derivative(x: number): number {
    const t2 = Math.exp(2 * x);
    if (t2 === 0 || t2 === Infinity) return 0; // ∞ − ∞ in the logs below otherwise
    const h = this.r / 2;
    if (this.df === Infinity) return -2 * Math.exp(h * Math.log(t2 / 2) - t2 / 2 - logGamma(h));
    const w = t2 / this.df; // d1·y/d2
    return -2 * Math.exp(h * Math.log(w) - (h + this.df / 2) * Math.log1p(w) - logBeta(h, this.df / 2));
  }
}

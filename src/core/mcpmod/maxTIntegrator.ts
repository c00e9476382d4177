import { chiSquareQuantile } from '../distributions/chiSquare.ts';
import { normalCdf, normalQuantile } from '../distributions/normal.ts';
import { RandomStream } from '../random/index.ts';
import { pivotedCholesky } from './pivotedCholesky.ts';

/** Randomly shifted lattice points per shift, and shifts; their spread gives the error estimate. */
const POINTS = 4096;
const SHIFTS = 8;
const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
const U_MAX = 1 - 2 ** -53;
/** Keeps Φ⁻¹ finite: a point on the cube's edge would give an infinite variable and 0·∞ = NaN downstream. */
const U_MIN = 1e-300;

/**
 * P(max_m T_m ≤ q) for T_m = (Z_m + δ_m)/S, Z ~ N(0, R), S = √(χ²_ν/ν) (S = 1 when ν = ∞): a multivariate (noncentral)
 * t by Genz's separation of variables (Genz 1992; Genz & Bretz 2002) on a pivoted Cholesky factor, integrated with a
 * randomly shifted Richtmyer lattice and Baker's periodising transform. A singular R (more candidates than arms − 1)
 * is handled by letting every row bound the last variable it involves. The points are fixed at construction (seeded),
 * so cdf(q) is a deterministic, smooth function of q; `error` is 3 standard errors over the shifts.
 */
export class MaxTIntegrator {
  readonly valid: boolean;
  /** 3 × the standard error across shifts of the last cdf() value. */
  error = NaN;
  private readonly rank: number = 0;
  private readonly rows: Float64Array[] = [];
  /** groups[c]: factor rows whose last non-zero coefficient is in column c. */
  private readonly groups: Int32Array[] = [];
  private readonly shift: Float64Array = new Float64Array(0);
  private readonly s: Float64Array = new Float64Array(1).fill(1);
  private readonly w: Float64Array = new Float64Array(0);
  private readonly y: Float64Array = new Float64Array(0);
  private readonly npts: number = 1;

  constructor(R: readonly ArrayLike<number>[], df: number, delta?: ArrayLike<number>) {
    // Past ν = 1e15, S = √(χ²_ν/ν) is 1 to ~1e-8 (and 32,768 chi-square quantiles there would take seconds)
    if (df > 1e15) df = Infinity;
    const f = pivotedCholesky(R);
    this.valid = f !== null && f.rank > 0 && df > 0 && (delta === undefined || Array.from(delta).every(Number.isFinite));
    if (!this.valid || f === null) return;
    const r = (this.rank = f.rank);
    this.rows = f.rows;
    this.shift = Float64Array.from(f.perm, (p) => (delta === undefined ? 0 : delta[p]));
    for (let c = 0; c < r; c++) this.groups.push(Int32Array.from(f.rows.keys()).filter((j) => lastColumn(f.rows[j]) === c));
    const dims = r - 1 + (df === Infinity ? 0 : 1);
    this.npts = dims === 0 ? 1 : POINTS * SHIFTS;
    this.y = new Float64Array(r);
    this.w = new Float64Array(this.npts * Math.max(r - 1, 0));
    this.s = new Float64Array(this.npts).fill(1);
    const stream = new RandomStream('stride/mcpmod/lattice');
    for (let k = 0; k < (dims === 0 ? 0 : SHIFTS); k++) {
      const u0 = Float64Array.from({ length: dims }, () => stream.uniform());
      for (let i = 0; i < POINTS; i++) {
        const p = k * POINTS + i;
        for (let d = 0; d < dims; d++) {
          const x = (u0[d] + (i + 1) * (Math.sqrt(PRIMES[d]) % 1)) % 1;
          const u = Math.max(Math.min(1 - Math.abs(2 * x - 1), U_MAX), U_MIN); // Baker's tent transform
          if (d < r - 1) this.w[p * (r - 1) + d] = u;
          else this.s[p] = Math.sqrt(chiSquareQuantile(u, df) / df);
        }
      }
    }
  }

  /** P(max_m T_m ≤ q) (Genz–Bretz separation of variables, shifted-lattice QMC); NaN when invalid. */
  cdf(q: number): number {
    if (!this.valid || q !== q) return NaN;
    const per = this.npts === 1 ? 1 : POINTS;
    const shifts = this.npts / per;
    let sum = 0;
    let sum2 = 0;
    for (let k = 0; k < shifts; k++) {
      let acc = 0;
      for (let i = 0; i < per; i++) acc += this.integrand(q, k * per + i);
      acc /= per;
      sum += acc;
      sum2 += acc * acc;
    }
    const mean = sum / shifts;
    this.error = shifts > 1 ? 3 * Math.sqrt(Math.max(0, sum2 / shifts - mean * mean) / (shifts - 1)) : 0;
    return mean;
  }

  private integrand(q: number, p: number): number {
    const { rank: r, rows, groups, shift, y, w } = this;
    const b = q * this.s[p];
    let f = 1;
    for (let c = 0; c < r; c++) {
      let lo = -Infinity;
      let hi = Infinity;
      const g = groups[c];
      for (let t = 0; t < g.length; t++) {
        const j = g[t];
        const row = rows[j];
        let v = b - shift[j];
        for (let l = 0; l < c; l++) v -= row[l] * y[l];
        v /= row[c];
        if (row[c] > 0) hi = v < hi ? v : hi;
        else lo = v > lo ? v : lo;
      }
      if (!(hi > lo)) return 0;
      const pl = lo === -Infinity ? 0 : normalCdf(lo);
      const e = (hi === Infinity ? 1 : normalCdf(hi)) - pl;
      if (!(e > 0)) return 0;
      f *= e;
      if (c < r - 1) y[c] = normalQuantile(Math.max(Math.min(pl + w[p * (r - 1) + c] * e, U_MAX), U_MIN));
    }
    return f;
  }
}

/** Index of the last coefficient that matters (|L_jc| > 1e-9); smaller ones move a bound by < 1e-8. */
function lastColumn(row: Float64Array): number {
  for (let c = row.length - 1; c >= 0; c--) if (Math.abs(row[c]) > 1e-9) return c;
  return -1;
}

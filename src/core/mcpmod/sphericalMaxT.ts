import { RandomStream } from '../random/index.ts';
import { pivotedCholesky } from './pivotedCholesky.ts';
import { RadialTail } from './radialTail.ts';
import { sphereDims, spherePoint } from './spherePoint.ts';

/**
 * Lattice points per shift (each used with its antithetic direction) and shifts, whose spread gives the error. More
 * points where the sphere map needs more coordinates: measured 3-SE errors in P ≲ 5e-5 (r ≤ 4), ≲ 1.5e-4 (r = 5, 6).
 */
const POINTS_LOW = 4096;
const POINTS_HIGH = 16384;
const SHIFTS = 8;
const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];

/**
 * P(max_m T_m ≤ q) for a central multivariate t: T = L·z/S with R = L·Lᵀ (pivoted Cholesky, so a singular R of rank r
 * works), z ~ N(0, I_r), S = √(χ²_ν/ν). Spherical-radial integration (Deák 1980; Genz & Bretz 2009, §4.1.2): with
 * z = ρ·u and h(u) = max_m a_m·u, P(max T ≤ q) = 1 − E_u[Q(q/h(u)); h > 0] for q > 0, Q the radial tail (RadialTail),
 * so the radius and S are integrated exactly and only the sphere is left to quasi-Monte Carlo: a randomly shifted
 * Richtmyer lattice with Baker's transform, mapped area-preservingly (spherePoint), in antithetic pairs. h(u) depends
 * on R only, so one instance serves every q and ν: cdf is deterministic (seeded) and smooth in q.
 */
export class SphericalMaxT {
  readonly valid: boolean;
  readonly rank: number = 0;
  /** 3 × the standard error across shifts of the last cdf() value. */
  error = NaN;
  /** dP/dq at the last cdf() call (the density of max T there), for Newton steps and error bounds on q. */
  density = NaN;
  /** log|h(u)| and whether h(u) > 0, per direction, shift-major. */
  private readonly logH: Float64Array = new Float64Array(0);
  private readonly positive: Uint8Array = new Uint8Array(0);
  private readonly per: number = 1;
  private readonly tails = new Map<number, RadialTail>();

  constructor(R: readonly ArrayLike<number>[]) {
    const f = pivotedCholesky(R);
    this.valid = f !== null && f.rank > 0 && sphereDims(f.rank) <= PRIMES.length;
    if (!this.valid || f === null) return;
    const r = (this.rank = f.rank);
    const dims = sphereDims(r);
    const shifts = dims === 0 ? 1 : SHIFTS;
    const points = dims === 0 ? 1 : dims <= 3 ? POINTS_LOW : POINTS_HIGH;
    this.per = 2 * points;
    this.logH = new Float64Array(this.per * shifts);
    this.positive = new Uint8Array(this.per * shifts);
    const stream = new RandomStream('stride/mcpmod/sphere');
    const alpha = PRIMES.slice(0, dims).map((p) => Math.sqrt(p) % 1);
    const x = new Float64Array(dims);
    const u = new Float64Array(r);
    for (let k = 0; k < shifts; k++) {
      const shift = alpha.map(() => stream.uniform());
      for (let i = 0; i < points; i++) {
        for (let d = 0; d < dims; d++) {
          const v = (shift[d] + (i + 1) * alpha[d]) % 1;
          x[d] = Math.min(Math.max(1 - Math.abs(2 * v - 1), 1e-300), 1 - 2 ** -53); // Baker's tent transform
        }
        spherePoint(x, r, u);
        const j = k * this.per + 2 * i;
        this.store(j, maxDot(f.rows, u, 1));
        this.store(j + 1, maxDot(f.rows, u, -1));
      }
    }
  }

  private store(j: number, h: number): void {
    this.logH[j] = Math.log(Math.abs(h));
    this.positive[j] = h > 0 ? 1 : 0;
  }

  /** P(max_m T_m ≤ q) for ν = df (Infinity: normal), by spherical-radial integration; NaN when invalid. */
  cdf(q: number, df: number): number {
    if (!this.valid || q !== q || !(df > 0)) return NaN;
    let tail = this.tails.get(df);
    if (tail === undefined) {
      if (this.tails.size >= 64) this.tails.clear();
      tail = new RadialTail(this.rank, df);
      this.tails.set(df, tail);
    }
    const { logH, positive, per } = this;
    const shifts = logH.length / per;
    const lq = Math.log(Math.abs(q));
    // q > 0: the event fails only where h > 0, with probability Q(q/h);
    // q ≤ 0: it holds only where h < 0, with probability P(ρ/S ≥ q/h) = Q(|q|/|h|).
    const want = q > 0 ? 1 : 0;
    let sum = 0;
    let sum2 = 0;
    let dsum = 0;
    for (let k = 0; k < shifts; k++) {
      let acc = 0;
      for (let j = k * per; j < (k + 1) * per; j++) {
        if (positive[j] !== want) continue;
        acc += tail.atLog(lq - logH[j]);
        dsum += tail.slope;
      }
      const p = q > 0 ? 1 - acc / per : acc / per;
      sum += p;
      sum2 += p * p;
    }
    const mean = sum / shifts;
    this.error = shifts > 1 ? 3 * Math.sqrt(Math.max(0, sum2 / shifts - mean * mean) / (shifts - 1)) : 0;
    // d/dq of Q(|q|/|h|) is Q'(x)/q with x = log|q| − log|h|; the sign follows P = 1 − ΣQ (q > 0) or ΣQ (q < 0)
    this.density = ((q > 0 ? -dsum : dsum) / (per * shifts)) / q;
    return mean;
  }
}

/** max_m s·(a_m·u) for factor rows a_m and a unit vector u (s = ±1: a direction and its antithetic twin). */
function maxDot(rows: readonly Float64Array[], u: Float64Array, s: number): number {
  let h = -Infinity;
  for (const a of rows) {
    let dot = 0;
    for (let d = 0; d < u.length; d++) dot += a[d] * u[d];
    if (s * dot > h) h = s * dot;
  }
  return h;
}

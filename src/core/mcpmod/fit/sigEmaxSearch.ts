import type { WeightedProfile } from './weightedProfile.ts';

/** DoseFinding's 2-D start grid: a 144-point Fibonacci lattice (getGrid, gridSize dim2 = 144; 89 its generator). */
const LATTICE = 144;
const GENERATOR = 89;
const MAX_ITER = 100;

/**
 * Least squares of the sigmoid Emax model e0 + eMax·d^h/(ED50^h + d^h) on the arm means loaded in `prof`, over
 * ED50 ∈ [lo, hi] and h ∈ [hLo, hHi]: the best node of DoseFinding's start lattice (the same 144 points fitMod
 * searches), then Levenberg–Marquardt on the variable-projection functional (Golub & Pereyra 1973) in (log ED50, h)
 * with Kaufman's (1975) Jacobian, the linear e0, eMax profiled out. A bound that a step would cross holds that
 * parameter on it (fitMod's nlminb is bounded too). Leaves ed50, h and the between-arm RSS; allocates nothing per fit.
 */
export class SigEmaxSearch {
  ed50 = NaN;
  h = NaN;
  rss = NaN;
  private readonly z: Float64Array;
  private readonly dt: Float64Array;
  private readonly dh: Float64Array;

  constructor(
    private readonly prof: WeightedProfile,
    private readonly logD: Float64Array,
    private readonly bounds: [number, number][],
  ) {
    this.z = new Float64Array(logD.length);
    this.dt = new Float64Array(logD.length);
    this.dh = new Float64Array(logD.length);
  }

  run(): number {
    const [[lo, hi], [hLo, hHi]] = this.bounds;
    let t = NaN;
    let h = NaN;
    let s = Infinity;
    for (let k = 1; k <= LATTICE; k++) {
      const e = lo + ((k - 0.5) / LATTICE) * (hi - lo);
      const hk = hLo + (((GENERATOR * k - 0.5) / LATTICE) % 1) * (hHi - hLo);
      const v = this.value(Math.log(e), hk);
      if (v < s) {
        s = v;
        t = Math.log(e);
        h = hk;
      }
    }
    const tLo = Math.log(lo);
    const tHi = Math.log(hi);
    let lambda = 1e-3;
    for (let it = 0; it < MAX_ITER && lambda < 1e12; it++) {
      this.value(t, h);
      const b = this.prof.slope;
      // Kaufman: ∂r/∂θ ≈ −P⊥(b·∂z/∂θ), P⊥ the weighted projection off span{1, z}; r = y − a − b·z.
      this.project(this.dt, b);
      this.project(this.dh, b);
      let att = 0;
      let ath = 0;
      let ahh = 0;
      let gt = 0;
      let gh = 0;
      const { w, yc } = this.prof;
      for (let i = 0; i < w.length; i++) {
        const r = yc[i] + this.prof.yBar - this.prof.intercept - b * this.z[i];
        att += w[i] * this.dt[i] * this.dt[i];
        ath += w[i] * this.dt[i] * this.dh[i];
        ahh += w[i] * this.dh[i] * this.dh[i];
        gt -= w[i] * this.dt[i] * r; // Jᵀ W r with J = −P⊥(…)
        gh -= w[i] * this.dh[i] * r;
      }
      // Parameters on a bound whose descent direction (−g) points outside stay there.
      const holdT = (t <= tLo && gt > 0) || (t >= tHi && gt < 0);
      const holdH = (h <= hLo && gh > 0) || (h >= hHi && gh < 0);
      let moved = false;
      while (lambda < 1e12) {
        const mt = att * (1 + lambda) + 1e-300;
        const mh = ahh * (1 + lambda) + 1e-300;
        let st = 0;
        let sh = 0;
        if (!holdT && !holdH) {
          const det = mt * mh - ath * ath;
          st = -(mh * gt - ath * gh) / det;
          sh = -(mt * gh - ath * gt) / det;
        } else if (!holdT) st = -gt / mt;
        else if (!holdH) sh = -gh / mh;
        const t2 = Math.min(Math.max(t + st, tLo), tHi);
        const h2 = Math.min(Math.max(h + sh, hLo), hHi);
        if (t2 === t && h2 === h) break;
        const v = this.value(t2, h2);
        if (v < s) {
          const small = Math.abs(t2 - t) < 1e-10 * (1 + Math.abs(t)) && Math.abs(h2 - h) < 1e-10 * (1 + h);
          s = v;
          t = t2;
          h = h2;
          lambda = Math.max(lambda / 10, 1e-12);
          moved = !small;
          break;
        }
        lambda *= 10;
      }
      if (!moved) break;
    }
    this.ed50 = Math.exp(t);
    this.h = h;
    this.rss = this.value(t, h);
    return this.rss;
  }

  /** Profiled between-arm RSS at log ED50 = t and h; fills z and the shape's derivatives in t and h. */
  private value(t: number, h: number): number {
    const { z, dt, dh, logD } = this;
    for (let i = 0; i < z.length; i++) {
      if (logD[i] === -Infinity) {
        z[i] = dt[i] = dh[i] = 0;
        continue;
      }
      const u = t - logD[i];
      const zi = (z[i] = 1 / (1 + Math.exp(h * u)));
      const g = zi * (1 - zi);
      dt[i] = -h * g;
      dh[i] = -u * g;
    }
    return this.prof.betweenRss(z);
  }

  /** v ← b·v projected off span{1, z} (weighted): the residual of its weighted regression on z. */
  private project(v: Float64Array, b: number): void {
    const { w, totalWeight: W } = this.prof;
    const z = this.z;
    let sv = 0;
    let sz = 0;
    let szz = 0;
    let szv = 0;
    for (let i = 0; i < v.length; i++) {
      sv += w[i] * v[i];
      sz += w[i] * z[i];
      szz += w[i] * z[i] * z[i];
      szv += w[i] * z[i] * v[i];
    }
    const zBar = sz / W;
    const vBar = sv / W;
    const Szz = szz - sz * zBar;
    const c = Szz > 0 ? (szv - sz * vBar) / Szz : 0;
    for (let i = 0; i < v.length; i++) v[i] = b * (v[i] - vBar - c * (z[i] - zBar));
  }
}

/**
 * Noncentral t for a large positive noncentrality (δ ≥ LARGE_NCP), where the AS 243 series would need ~24√λ terms
 * (λ = δ²/2): F(t) = P(Z + δ ≤ tS), S = √(χ²_ν/ν), as a one-dimensional integral over Y = log S (the same
 * representation as the independent mpmath reference in tests/fixtures/distributions/make_dist_fixtures.py).
 * With y* = log(δ/t) where Φ(t·eʸ − δ) steps from 0 to 1 (over a width ≈ 1/δ in y):
 *  - when the density of Y is wide against that step (δ·σ_Y ≥ 1, σ_Y ≈ 1/√(2ν)): F = P(Y > y*) + C, the smooth
 *    remainder C = ∫ f_Y(y)·[Φ(teʸ − δ) − 1{y > y*}] dy taken in u = teʸ − δ by Gauss–Legendre on [−12, 0] and [0, 12];
 *  - else Φ(teʸ − δ) is smooth over Y's bulk: the trapezoidal rule in y over ±10σ_Y (geometric convergence,
 *    Trefethen & Weideman 2014), step ≤ min(0.35σ_Y, 0.15/δ).
 * Both tails are returned without cancellation; absolute accuracy ~1e-14 (tests/core/distributions/noncentralTLarge.test.ts).
 */
import { logGamma, log1pmx, stirlingCorrection } from './gammaFn.ts';
import { chiSquareCdf, chiSquareSf } from './chiSquare.ts';
import { normalCdf } from './normal.ts';

/** Below this |δ| the series is used (λ < 5e4: at most ~2,800 terms each way). */
export const LARGE_NCP = Math.sqrt(1e5);
const LN_SQRT_2PI = 0.9189385332046728;
const U_MAX = 12; // Φ(−12) ≈ 1.8e-33
const GL_POINTS = 48;
let gl: { x: Float64Array; w: Float64Array } | null = null;

/** Gauss–Legendre nodes and weights on [−1, 1] (Newton on Pₙ from Chebyshev starts; Golub–Welsch would do too). */
function legendre(n: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 1;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = z;
      for (let k = 2; k <= n; k++) [p0, p1] = [p1, ((2 * k - 1) * z * p1 - (k - 1) * p0) / k];
      dp = (n * (z * p1 - p0)) / (z * z - 1);
      const dz = p1 / dp;
      z -= dz;
      if (Math.abs(dz) < 1e-16) break;
    }
    x[i] = z;
    w[i] = 2 / ((1 - z * z) * dp * dp);
  }
  return { x, w };
}

/** log f_Y(y) for Y = log S, f_Y(y) = 2a^a e^{2ay − a e^{2y}}/Γ(a), a = ν/2 (Stirling form for a ≥ 10, no cancellation). */
function logDensityY(y: number, a: number): number {
  if (2 * y > 700) return -Infinity;
  if (a >= 10) return Math.LN2 + 0.5 * Math.log(a) - LN_SQRT_2PI - stirlingCorrection(a) + a * log1pmx(Math.expm1(2 * y));
  const v = Math.LN2 + a * Math.log(a) - logGamma(a) + 2 * a * y - a * Math.exp(2 * y);
  return v === v ? v : -Infinity;
}

/**
 * [P(T ≤ t), P(T > t)] for t > 0, finite ν > 0 and δ ≥ LARGE_NCP (see the file comment).
 * @example
 * noncentralTLargeTails(1000, 10, 1000) // → [0.4404941624, 0.5595058376] (mpmath)
 */
export function noncentralTLargeTails(t: number, df: number, delta: number): [number, number] {
  const a = 0.5 * df;
  const sdY = 1 / Math.sqrt(2 * df);
  if (delta * sdY >= 1) {
    // F = P(S > δ/t) + C; P(S > s) = P(χ²_ν > νs²)
    const s2 = (delta / t) * (delta / t);
    const x = df * s2;
    let c = 0;
    const yStar = Math.log(delta / t);
    const { x: gx, w: gw } = (gl ??= legendre(GL_POINTS));
    for (let i = 0; i < GL_POINTS; i++) {
      const u = 0.5 * U_MAX * (1 + gx[i]); // u ∈ (0, 12)
      const hw = 0.5 * U_MAX * gw[i];
      // dy = du/(u + δ); above the step Φ(u) − 1 = −Φ(−u), below it Φ(−u)
      const above = Math.exp(logDensityY(yStar + Math.log1p(u / delta), a)) / (u + delta);
      const below = Math.exp(logDensityY(yStar + Math.log1p(-u / delta), a)) / (delta - u);
      c += hw * normalCdf(-u) * (below - above);
    }
    const lower = Math.max(0, (x === Infinity ? 0 : chiSquareSf(x, df)) + c);
    const upper = Math.max(0, (x === Infinity ? 1 : chiSquareCdf(x, df)) - c);
    return [Math.min(1, lower), Math.min(1, upper)];
  }
  // Φ(teʸ − δ) is smooth over Y's bulk: trapezoidal rule in y
  const h = Math.min(0.35 * sdY, 0.15 / delta);
  const half = Math.ceil((10 * sdY) / h);
  let lower = 0;
  let upper = 0;
  for (let i = -half; i <= half; i++) {
    const y = i * h;
    const w = h * Math.exp(logDensityY(y, a));
    const m = t * Math.exp(y) - delta;
    lower += w * normalCdf(m);
    upper += w * normalCdf(-m);
  }
  return [Math.min(1, lower), Math.min(1, upper)];
}

import { tQuantile } from '../dist/studentT.ts';
import { SphericalMaxT } from './sphericalMaxT.ts';

export interface MaxContrastCritical {
  q: number;
  /** Error bound on q: 3 QMC standard errors of P, divided by the density of max T at q. */
  error: number;
}

const MAX_CACHED = 500;
const cache = new Map<string, MaxContrastCritical>();
/** Integrators by R: the directions depend on R only, so a sample-size grid (same R, new ν) reuses them. */
const integrators = new Map<string, SphericalMaxT>();

/**
 * One-sided critical value q with P(max_m T_m ≤ q) = 1 − α for T ~ multivariate t(ν, R), the multiple contrast test
 * of Bretz, Pinheiro & Branson (2005); deterministic (seeded lattice, see MaxTIntegrator), cached by (R, ν, α).
 * @example maxContrastCritical([[1, 0.5], [0.5, 1]], Infinity, 0.05) // → 1.916 (Dunnett's one-sided value, 2 arms)
 */
export function maxContrastCritical(R: readonly ArrayLike<number>[], df: number, alpha: number): number {
  return maxContrastCriticalDetail(R, df, alpha).q;
}

/** maxContrastCritical with its error bound (Illinois regula falsi on the smooth QMC estimate of the CDF). */
export function maxContrastCriticalDetail(R: readonly ArrayLike<number>[], df: number, alpha: number): MaxContrastCritical {
  const rKey = R.map((row) => Array.from(row, (x) => x.toPrecision(12)).join(',')).join(';');
  const key = `${alpha}|${df}|${rKey}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    let mvt = integrators.get(rKey);
    if (mvt === undefined) {
      if (integrators.size >= 16) integrators.clear();
      mvt = new SphericalMaxT(R);
      integrators.set(rKey, mvt);
    }
    hit = solve(mvt, R, df, alpha);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, hit);
  }
  return { ...hit };
}

function solve(mvt: SphericalMaxT, R: readonly ArrayLike<number>[], df: number, alpha: number): MaxContrastCritical {
  const none = { q: NaN, error: NaN };
  const M = R.length;
  if (!(alpha > 0 && alpha < 1 && df > 0) || M === 0) return none;
  if (M === 1) return R[0][0] === 1 ? { q: tQuantile(1 - alpha, df), error: 0 } : none;
  if (!mvt.valid) return none;
  const target = 1 - alpha;
  const F = (q: number) => mvt.cdf(q, df) - target;
  // max T ≥ any T_m gives q ≥ t(1 − α); Bonferroni gives q ≤ t(1 − α/M). Widen only against rounding.
  let a = tQuantile(1 - alpha, df) - 1e-3;
  let b = tQuantile(1 - alpha / M, df) + 1e-3;
  let fa = F(a);
  let fb = F(b);
  for (let i = 0; fa > 0 && i < 20; i++) fa = F((a -= 0.5));
  for (let i = 0; fb < 0 && i < 20; i++) fb = F((b += 0.5));
  if (!(fa <= 0 && fb >= 0)) return none;
  let side = 0;
  let q = a;
  for (let it = 0; it < 60 && b - a > 1e-7; it++) {
    q = (a * fb - b * fa) / (fb - fa);
    const fq = F(q);
    if (Math.abs(fq) < 1e-13) break;
    if (fq < 0) {
      a = q;
      fa = fq;
      if (side === -1) fb /= 2; // Illinois: halve the stale end so the bracket keeps shrinking on both sides
      side = -1;
    } else {
      b = q;
      fb = fq;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  const h = 0.01;
  const density = (mvt.cdf(q + h, df) - mvt.cdf(q - h, df)) / (2 * h);
  mvt.cdf(q, df);
  return { q, error: mvt.error / density };
}

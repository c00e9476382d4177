import { tCdf, tQuantile } from '../distributions/studentT.ts';
import { SphericalMaxT } from './sphericalMaxT.ts';

export interface MaxContrastCritical {
  q: number;
  /** Error bound on q: 3 QMC standard errors of P, divided by the density of max T at q. */
  error: number;
}

const MAX_CACHED = 500;
const cache = new Map<string, MaxContrastCritical>();
/** Integrators by R: the directions depend on R only, so a sample-size grid (same R, new ν) reuses them. */
const integrators = new Map<string, { mvt: SphericalMaxT; last: { alpha: number; df: number; q: number } | null }>();

/**
 * One-sided critical value q with P(max_m T_m ≤ q) = 1 − α for T ~ multivariate t(ν, R), the multiple contrast test
 * of Bretz, Pinheiro & Branson (2005); deterministic (seeded lattice, see SphericalMaxT), cached by (R, ν, α).
 * @example maxContrastCritical([[1, 0.5], [0.5, 1]], Infinity, 0.05) // → 1.916 (Dunnett's one-sided value, 2 arms)
 */
export function maxContrastCritical(R: readonly ArrayLike<number>[], df: number, alpha: number): number {
  return maxContrastCriticalDetail(R, df, alpha).q;
}

/**
 * maxContrastCritical with its error bound (safeguarded Newton on the smooth QMC estimate of the CDF).
 * @example maxContrastCriticalDetail(classicR, 95, 0.025) // → {q: 2.3557, error: 2.7e-4} (scipy: 2.3560 ± 1.8e-4)
 */
export function maxContrastCriticalDetail(R: readonly ArrayLike<number>[], df: number, alpha: number): MaxContrastCritical {
  const rKey = R.map((row) => Array.from(row, (x) => x.toPrecision(12)).join(',')).join(';');
  const key = `${alpha}|${df}|${rKey}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    let entry = integrators.get(rKey);
    if (entry === undefined) {
      if (integrators.size >= 16) integrators.clear();
      entry = { mvt: new SphericalMaxT(R), last: null };
      integrators.set(rKey, entry);
    }
    // Start from the last solution for this R moved to ν through its marginal level: off by ≲ 1e-3, so Newton
    // needs two or three CDF evaluations instead of about ten.
    const last = entry.last;
    const start = last !== null && last.alpha === alpha ? tQuantile(tCdf(last.q, last.df), df) : NaN;
    hit = solve(entry.mvt, R.length, df, alpha, start);
    if (hit.q === hit.q) entry.last = { alpha, df, q: hit.q };
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, hit);
  }
  return { ...hit };
}

function solve(mvt: SphericalMaxT, M: number, df: number, alpha: number, start: number): MaxContrastCritical {
  const none = { q: NaN, error: NaN };
  if (!(alpha > 0 && alpha < 1 && df > 0) || M === 0 || !mvt.valid) return none;
  if (M === 1) return { q: tQuantile(1 - alpha, df), error: 0 }; // one contrast: Student's t
  const target = 1 - alpha;
  // max T ≥ any T_m gives q ≥ t(1 − α); Bonferroni gives q ≤ t(1 − α/M). Widened a little against rounding.
  let a = tQuantile(1 - alpha, df) - 1e-6;
  let b = tQuantile(1 - alpha / M, df) + 1e-6;
  let q = start > a && start < b ? start : 0.5 * (a + b);
  for (let it = 0; it < 60; it++) {
    const f = mvt.cdf(q, df) - target;
    if (f !== f) return none;
    if (f < 0) a = q;
    else b = q;
    let next = q - f / mvt.density;
    if (!(next > a && next < b)) next = 0.5 * (a + b);
    if (Math.abs(next - q) < 1e-9 || b - a < 1e-9) {
      q = next;
      break;
    }
    q = next;
  }
  mvt.cdf(q, df);
  return { q, error: mvt.error / mvt.density };
}

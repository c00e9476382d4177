/**
 * Student t distribution for any real df > 0 (df = Infinity gives the standard normal).
 * Tails via the incomplete beta function: P(T > t) = ½·I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1),
 * with both x and 1 − x formed without cancellation.
 */
import { logBeta, regIncBetaXY } from './beta.ts';
import { normalCdf, normalPdf, normalQuantile, normalSf } from './normal.ts';

/** Beyond this ν the t law is the normal to double precision (the difference is O(1/ν)); the beta path is also slow there. */
const DF_NORMAL = 1e16;
/** Beyond this ν the Cornish–Fisher start alone is within O(ν⁻⁴); the power-tail start is for small ν only. */
const DF_CORNISH_FISHER = 1e7;

/** Upper tail for t ≥ 0 via ½·I_{ν/(ν+t²)}(ν/2, ½). */
function upperTail(t: number, df: number): number {
  const a = 0.5 * df;
  const t2 = t * t;
  if (t2 === Infinity || df / t2 < 1e-290) {
    // x = ν/t² underflows: leading term of the tail series, xᵃ/(a·B(a,½))
    const lx = Math.log(df) - 2 * Math.log(t);
    return 0.5 * Math.exp(a * lx - Math.log(a) - logBeta(a, 0.5));
  }
  const den = df + t2;
  return 0.5 * regIncBetaXY(df / den, t2 / den, a, 0.5, false);
}

/**
 * Student t density (direct formula with log1p; Abramowitz & Stegun 26.7.1).
 * @example
 * tPdf(1.5, 7) // → 0.126263061286 (scipy)
 */
export function tPdf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  if (df > DF_NORMAL) return normalPdf(t);
  if (!Number.isFinite(t)) return 0;
  return Math.exp(-0.5 * (df + 1) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(0.5 * df, 0.5));
}

/**
 * Student t upper tail P(T > t), accurate far into the tail (incomplete beta, A&S 26.7.1 / TOMS 708).
 * @example
 * tSf(3, 10) // → 0.00667182751128 (scipy)
 */
export function tSf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  if (df > DF_NORMAL) return normalSf(t);
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  return t >= 0 ? upperTail(t, df) : 1 - upperTail(-t, df);
}

/**
 * Student t CDF P(T ≤ t) (incomplete beta, A&S 26.7.1 / TOMS 708).
 * @example
 * tCdf(-2, 5) // → 0.0509697394149 (scipy)
 */
export function tCdf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  if (df > DF_NORMAL) return normalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t <= 0 ? upperTail(-t, df) : 1 - upperTail(t, df);
}

/** t > 0 with P(T > t) = q, q ∈ (0, ½): safeguarded Newton on log P(T > eᵘ) (start: Cornish–Fisher / power-tail). */
function upperQuantile(q: number, df: number): number {
  if (df === 1) return 1 / Math.tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  const z = -normalQuantile(q);
  const z2 = z * z;
  const cf =
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * df * df * df);
  // power-law tail P(T > t) ≈ ν^{ν/2−1} t^{−ν} / B(ν/2, ½)
  const tail = df > DF_CORNISH_FISHER ? 0 : Math.sqrt(df) * Math.exp(-(Math.log(q * df) + logBeta(0.5 * df, 0.5)) / df);
  let t = Math.min(Math.max(cf, tail || 0, 1e-300), Number.MAX_VALUE);
  let lo = 0;
  let hi = Infinity;
  const lq = Math.log(q);
  for (let it = 0; it < 200; it++) {
    const sf = upperTail(t, df);
    const g = Math.log(sf) - lq;
    if (g === 0) return t;
    if (g > 0) {
      if (t === Number.MAX_VALUE) return Infinity; // quantile beyond the double range (heavy tail, ν < 1)
      lo = t;
    } else hi = t;
    const dg = (-t * tPdf(t, df)) / sf;
    let tn = t * Math.exp(-g / dg);
    if (!(tn > lo && tn < hi)) tn = hi === Infinity ? Math.min(4 * t, Number.MAX_VALUE) : lo === 0 ? t / 4 : Math.sqrt(lo * hi);
    if (Math.abs(tn - t) <= 1e-15 * t) return tn;
    t = tn;
  }
  return t;
}

/**
 * Student t quantile (safeguarded Newton on the log upper tail from a Cornish–Fisher / power-tail start; closed form for ν = 1, 2).
 * @example
 * tQuantile(0.975, 10) // → 2.22813885199 (scipy)
 */
export function tQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || df <= 0 || p < 0 || p > 1) return NaN;
  if (df > DF_NORMAL) return normalQuantile(p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  return p < 0.5 ? -upperQuantile(p, df) : upperQuantile(1 - p, df);
}

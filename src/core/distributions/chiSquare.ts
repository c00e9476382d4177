/**
 * Chi-square distribution with any real df > 0: P(X ≤ x) = P(ν/2, x/2) (regularised incomplete gamma).
 */
import { logGamma, regLowerGamma, regUpperGamma } from './gammaFn.ts';
import { normalQuantile } from './normal.ts';

/**
 * Chi-square density (direct formula in logs).
 * @example
 * chiSquarePdf(3, 4) // → 0.167347620111 (scipy)
 */
export function chiSquarePdf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return NaN;
  if (x < 0 || x === Infinity) return 0;
  const a = 0.5 * df;
  if (x === 0) return a < 1 ? Infinity : a === 1 ? 0.5 : 0;
  return Math.exp((a - 1) * Math.log(x) - 0.5 * x - a * Math.LN2 - logGamma(a));
}

/**
 * Chi-square CDF P(ν/2, x/2) (regularised lower incomplete gamma: series / continued fraction).
 * @example
 * chiSquareCdf(3.84, 1) // → 0.949956478751 (scipy)
 */
export function chiSquareCdf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return NaN;
  if (x <= 0) return 0;
  return regLowerGamma(0.5 * df, 0.5 * x);
}

/**
 * Chi-square upper tail Q(ν/2, x/2) (regularised upper incomplete gamma, accurate in the tail).
 * @example
 * chiSquareSf(30, 5) // → 1.474858104e-05 (scipy)
 */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || Number.isNaN(df) || df <= 0) return NaN;
  if (x <= 0) return 1;
  return regUpperGamma(0.5 * df, 0.5 * x);
}

/**
 * Chi-square quantile (Wilson–Hilferty / small-x start, safeguarded Newton on the log of the nearer tail).
 * @example
 * chiSquareQuantile(0.95, 3) // → 7.81472790325 (scipy)
 */
export function chiSquareQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || df <= 0 || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const a = 0.5 * df;
  const lower = p < 0.5;
  const target = Math.log(lower ? p : 1 - p);
  const z = normalQuantile(p);
  const h = 2 / (9 * df);
  const wh = df * Math.pow(Math.max(1 - h + z * Math.sqrt(h), 0), 3);
  // lower-tail asymptote P(a, x/2) ≈ (x/2)^a / Γ(a+1)
  const small = 2 * Math.exp((Math.log(p) + logGamma(a + 1)) / a);
  let x = lower && (wh <= 0 || small < wh) ? small : wh;
  if (!(x > 0) || !Number.isFinite(x)) x = df;
  let lo = 0;
  let hi = Infinity;
  for (let it = 0; it < 300; it++) {
    const tail = lower ? regLowerGamma(a, 0.5 * x) : regUpperGamma(a, 0.5 * x);
    const g = Math.log(tail) - target;
    if (g === 0) return x;
    // x is too small when the lower tail is below target (or the upper tail above it)
    if (lower ? g < 0 : g > 0) lo = x;
    else hi = x;
    const logPdfX = a * Math.log(0.5 * x) - 0.5 * x - logGamma(a); // log(x·pdf(x))
    const dg = (lower ? 1 : -1) * Math.exp(logPdfX - Math.log(tail));
    let xn = x * Math.exp(-g / dg);
    if (!(xn > lo && xn < hi)) xn = hi === Infinity ? 4 * x : lo === 0 ? x / 4 : Math.sqrt(lo * hi);
    if (Math.abs(xn - x) <= 1e-15 * x) return xn;
    x = xn;
  }
  return x;
}

/**
 * Catherine Loader's saddle-point building blocks (Loader 2000, "Fast and accurate computation of binomial
 * probabilities"; used by R's dbinom/dpois): the Stirling error and the deviance term bd0, and the
 * resulting Poisson and binomial point probabilities (~1e-15 relative near the mode, ≤ 1e-12 far in the tails).
 */
import { logGamma, stirlingCorrection } from './gammaFn.ts';

const LN_SQRT_2PI = 0.9189385332046728;
const TWO_PI = 6.283185307179586;

/** stirlingError(k/2) for k = 0..30 (computed in 40-digit arithmetic). */
const SFERR_HALVES = [
  0, 0.15342640972002736, 0.08106146679532726, 0.05481412105191765, 0.0413406959554093, 0.03316287351993629,
  0.02767792568499834, 0.023746163656297496, 0.020790672103765093, 0.018488450532673187, 0.016644691189821193,
  0.015134973221917378, 0.013876128823070748, 0.012810465242920227, 0.01189670994589177, 0.011104559758206917,
  0.010411265261972096, 0.009799416126158804, 0.009255462182712733, 0.008768700134139386, 0.00833056343336287,
  0.00793411456431402, 0.007573675487951841, 0.007244554301320383, 0.00694284010720953, 0.006665247032707682,
  0.006408994188004207, 0.006171712263039458, 0.0059513701127588475, 0.0057462165130101155, 0.005554733551962801,
];

/**
 * Stirling error log(n!) − [(n+½)log n − n + ½log 2π] (table for half-integers ≤ 15, Stirling series above; Loader 2000).
 * @example
 * stirlingError(20) // → 0.00416631969200 (mpmath)
 */
export function stirlingError(n: number): number {
  if (!(n >= 0)) return NaN;
  if (n <= 15) {
    const nn = 2 * n;
    if (nn === Math.round(nn)) return SFERR_HALVES[nn];
  }
  if (n >= 10) return stirlingCorrection(n);
  if (n === 0) return 0;
  return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
}

/**
 * Deviance term bd0(x, np) = x·log(x/np) + np − x, computed without cancellation (Loader 2000).
 * @example
 * bd0(15, 10) // → 1.08197662162 (exact)
 */
export function bd0(x: number, np: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(np) || np === 0) return NaN;
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    if (Math.abs(s) < Number.MIN_VALUE) return s;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
  }
  return x * Math.log(x / np) + np - x;
}

/**
 * Poisson probability P(X = x), X ~ Poisson(λ), by Loader's saddle-point formula (as R's dpois_raw).
 * @example
 * poissonPmf(3, 2.5) // → 0.213763017250 (scipy)
 */
export function poissonPmf(x: number, lambda: number): number {
  if (Number.isNaN(x) || Number.isNaN(lambda) || lambda < 0) return NaN;
  if (x < 0 || !Number.isInteger(x)) return 0;
  if (lambda === 0) return x === 0 ? 1 : 0;
  if (!Number.isFinite(lambda)) return 0;
  if (x === 0) return Math.exp(-lambda);
  return Math.exp(-stirlingError(x) - bd0(x, lambda)) / Math.sqrt(TWO_PI * x);
}

/**
 * Binomial probability P(X = x), X ~ Bin(n, p), q = 1 − p, by Loader's saddle-point formula (as R's dbinom_raw).
 * @example
 * binomialPmfRaw(3, 10, 0.3, 0.7) // → 0.266827932000 (scipy)
 */
export function binomialPmfRaw(x: number, n: number, p: number, q: number): number {
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
  }
  if (x === n) return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
  if (x < 0 || x > n) return 0;
  const lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = Math.log(TWO_PI) + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}

/**
 * Binomial distribution: log binomial coefficients, point probabilities (Loader's saddle point) and
 * full pmf / cdf tables built outward from the mode by the ratio recurrence and renormalised.
 */
import { logBeta } from './beta.ts';
import { binomialPmfRaw } from './saddlePoint.ts';

/** Largest n a full table is built for (16 MB; the engine's arms have at most 1e6 patients); beyond it the tables are empty. */
export const MAX_TABLE_N = 2e6;

/**
 * log C(n, k) = −log(n+1) − log B(n−k+1, k+1) (cancellation-free log-beta, as R's lchoose).
 * @example
 * logChoose(50, 20) // → 31.4839141422 (exact)
 */
export function logChoose(n: number, k: number): number {
  if (Number.isNaN(n) || Number.isNaN(k)) return NaN;
  if (k < 0 || k > n) return -Infinity;
  if (k === 0 || k === n) return 0;
  if (k === 1 || k === n - 1) return Math.log(n);
  return -Math.log1p(n) - logBeta(n - k + 1, k + 1);
}

/**
 * Binomial point probability P(X = k), X ~ Bin(n, p) (Loader 2000 saddle-point algorithm; ≤ 1e-12 relative, ~1e-15 near the mode).
 * @example
 * binomialPmf(3, 10, 0.3) // → 0.266827932000 (scipy)
 */
export function binomialPmf(k: number, n: number, p: number): number {
  if (Number.isNaN(k) || Number.isNaN(n) || Number.isNaN(p)) return NaN;
  if (p < 0 || p > 1 || n < 0 || !Number.isInteger(n)) return NaN;
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  return binomialPmfRaw(k, n, p, 1 - p);
}

/**
 * Table of P(X = k), k = 0..n (Loader saddle point at the mode, then the ratio recurrence
 * p(k±1)/p(k) outward from the mode, renormalised to sum to 1). NaN-filled for an invalid p, empty for an invalid n
 * or n > MAX_TABLE_N.
 * @example
 * binomialPmfTable(4, 0.5) // → [0.0625000000000, 0.250000000000, 0.375000000000, 0.250000000000, 0.0625000000000] (exact)
 */
export function binomialPmfTable(n: number, p: number): Float64Array {
  if (!(n <= MAX_TABLE_N)) return new Float64Array(0);
  if (!(n >= 0) || !Number.isInteger(n) || !(p >= 0 && p <= 1)) {
    const bad = new Float64Array(Number.isInteger(n) && n >= 0 ? n + 1 : 0);
    bad.fill(NaN);
    return bad;
  }
  const out = new Float64Array(n + 1);
  if (p === 0) {
    out[0] = 1;
    return out;
  }
  if (p === 1) {
    out[n] = 1;
    return out;
  }
  const q = 1 - p;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  out[mode] = binomialPmfRaw(mode, n, p, q);
  const odds = p / q;
  const invOdds = q / p;
  for (let k = mode; k < n; k++) {
    const next = (out[k] * (n - k) * odds) / (k + 1);
    if (next === 0) break;
    out[k + 1] = next;
  }
  for (let k = mode; k > 0; k--) {
    const prev = (out[k] * k * invOdds) / (n - k + 1);
    if (prev === 0) break;
    out[k - 1] = prev;
  }
  let sum = 0;
  for (let k = 0; k <= n; k++) sum += out[k];
  for (let k = 0; k <= n; k++) out[k] /= sum;
  return out;
}

/**
 * Table of P(X ≤ k), k = 0..n: left partial sums below the mode, 1 − right partial sums from the mode on,
 * so both tails keep their accuracy; the last entry is exactly 1.
 * @example
 * binomialCdfTable(4, 0.3) // → [0.240100000000, 0.651700000000, 0.916300000000, 0.991900000000, 1.00000000000] (scipy)
 */
export function binomialCdfTable(n: number, p: number): Float64Array {
  const pmf = binomialPmfTable(n, p);
  const out = new Float64Array(pmf.length);
  if (pmf.length === 0) return out;
  if (Number.isNaN(pmf[0])) return pmf;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  let left = 0;
  for (let k = 0; k < mode; k++) {
    left += pmf[k];
    out[k] = left;
  }
  let right = 0;
  for (let k = n; k >= mode; k--) {
    out[k] = 1 - right;
    right += pmf[k];
  }
  return out;
}

// Exact reference distributions and test statistics for the random-layer tests.
// Independent of src/: these are the oracles, checked against scipy values in
// fixtures/scipy_reference.json (see oracles.test.ts).

import { readFileSync } from 'node:fs';

/** scipy reference values written by fixtures/make_scipy_reference.py. */
export const scipyRef = JSON.parse(readFileSync(new URL('./fixtures/scipy_reference.json', import.meta.url), 'utf8')) as {
  normal: { two_sided_tail: Record<string, number>; cdf: [number, number][]; tail_beyond: [number, number][] };
  gamma: Record<string, [number, number][]>;
  chi2_sf: [number, number, number][];
  binomial_pmf: Record<string, number[]>;
};

/** Upper normal tail Q(x) = P(Z > x): erf Taylor series for |x| < 3, Laplace continued fraction beyond. */
export function normalSf(x: number): number {
  if (x < 0) return 1 - normalSf(-x);
  if (x < 3) {
    // erf(t) = 2/sqrt(pi) * sum (-1)^k t^(2k+1) / (k! (2k+1)); fine to ~1e-15 for t < 2.2.
    const t = x / Math.SQRT2;
    let term = t;
    let sum = t;
    for (let k = 1; k < 200 && Math.abs(term) > 1e-20; k++) {
      term *= (-t * t) / k;
      sum += term / (2 * k + 1);
    }
    return 0.5 - sum / Math.sqrt(Math.PI);
  }
  let cf = x;
  for (let k = 300; k >= 1; k--) cf = x + k / cf;
  return Math.exp(-0.5 * x * x) / cf / Math.sqrt(2 * Math.PI);
}

/** Standard normal CDF. */
export const normalCdf = (x: number): number => (x < 0 ? normalSf(-x) : 1 - normalSf(x));

/** log Gamma(x) for x > 0 (Lanczos, g = 7, n = 9; ~1e-15 relative). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised lower incomplete gamma P(a, x): series below a + 1, Lentz continued fraction above. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return sum * Math.exp(logPrefix);
  }
  return 1 - gammaQcf(a, x, logPrefix);
}

function gammaQcf(a: number, x: number, logPrefix: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix) * h;
}

/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), accurate in the upper tail. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - gammaP(a, x);
  return gammaQcf(a, x, a * Math.log(x) - x - logGamma(a));
}

/** Chi-square survival function P(X > x) for df degrees of freedom. */
export const chiSquareSf = (x: number, df: number): number => gammaQ(df / 2, x / 2);

/** Kolmogorov-Smirnov statistic D_n of `sample` against a continuous CDF (sorts in place). */
export function ksStatistic(sample: Float64Array, cdf: (x: number) => number): number {
  sample.sort();
  const n = sample.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sample[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** KS critical value at the 1% level (asymptotic): 1.628 / sqrt(n). */
export const ksCritical1pct = (n: number): number => 1.628 / Math.sqrt(n);

/** Pearson chi-square GOF p-value for counts vs expected probabilities, pooling adjacent cells to expectation >= 5. */
export function chiSquareGof(counts: ArrayLike<number>, probs: ArrayLike<number>, total: number): { stat: number; df: number; p: number } {
  const obs: number[] = [];
  const exp: number[] = [];
  let o = 0;
  let e = 0;
  for (let k = 0; k < probs.length; k++) {
    o += counts[k] ?? 0;
    e += probs[k] * total;
    if (e >= 5) {
      obs.push(o);
      exp.push(e);
      o = 0;
      e = 0;
    }
  }
  // A leftover tail with expectation < 5 joins the last full cell.
  obs[obs.length - 1] += o;
  exp[exp.length - 1] += e;
  let stat = 0;
  for (let c = 0; c < obs.length; c++) stat += (obs[c] - exp[c]) ** 2 / exp[c];
  const df = obs.length - 1;
  return { stat, df, p: chiSquareSf(stat, df) };
}

/** Sample mean and (unbiased) variance. */
export function meanVar(x: ArrayLike<number>): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < x.length; i++) {
    const d = x[i] - mean;
    mean += d / (i + 1);
    m2 += d * (x[i] - mean);
  }
  return { mean, variance: m2 / (x.length - 1) };
}

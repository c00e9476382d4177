/**
 * Noncentral t distribution, T = (Z + δ)/√(χ²_ν/ν).
 * Lenth (1989, AS 243) series F(t) = Φ(−δ) + ½ Σⱼ [Pⱼ·I_x(j+½, ν/2) + Qⱼ·I_x(j+1, ν/2)], x = t²/(t²+ν),
 * summed outward from the Poisson mode in both directions with the incomplete-beta recurrences of
 * Benton & Krishnamoorthy (2003), so it stays accurate for large |δ|: ≤ 1e-12 absolute against scipy/Boost and an
 * independent mpmath integral for |δ| ≤ 40, df 1…1e6 (non-integer too); df up to 1e12 agrees with scipy to 1e-15.
 * Bounded: each direction sums at most 12√λ + 100 terms (the Poisson mass beyond is < 1e-25), and |δ| ≥ LARGE_NCP
 * (λ ≥ 5e4) goes to a one-dimensional integral instead (noncentralTLarge.ts), so no call runs more than ~2,800 terms each way.
 */
import { logBeta, logBetaPowerTerm, regIncBetaXY } from './beta.ts';
import { normalCdf, normalSf } from './normal.ts';
import { poissonPmf } from './saddlePoint.ts';
import { LARGE_NCP, noncentralTLargeTails } from './noncentralTLarge.ts';

const LOG_SQRT_PI = 0.5723649429247001;
const SQRT1_2 = Math.SQRT1_2;
const TOL = 1e-17;
/** Past this ν (with |δ| < 1e3) S = √(χ²_ν/ν) is 1 within 1e-8 and T is Z + δ to double precision; the beta path is slow there. */
const DF_NORMAL = 1e16;
/** Absolute cap on terms per direction, whatever the window says. */
const MAX_TERMS = 100000;

/** ½ Σⱼ [Pⱼ I_x(j+½, b) + Qⱼ I_x(j+1, b)] for t > 0 (Benton & Krishnamoorthy 2003 bidirectional summation). */
function halfSeries(t: number, df: number, delta: number): number {
  const lambda = 0.5 * delta * delta;
  const t2 = t * t;
  if (t2 === 0) return 0;
  const den = t2 + df;
  const x = Number.isFinite(den) ? t2 / den : 1;
  const y = Number.isFinite(den) ? df / den : df / t / t;
  const b = 0.5 * df;
  const k = Math.floor(lambda);
  // Poisson weights at the mode: Pₖ = e^{−λ}λᵏ/k!, Qₖ = δ/√2 · e^{−λ}λᵏ/Γ(k+3/2)
  const p0 = poissonPmf(k, lambda);
  const q0 = delta * SQRT1_2 * p0 * Math.exp(logBeta(k + 1, 0.5) - LOG_SQRT_PI);
  const ap0 = k + 0.5;
  const aq0 = k + 1;
  const ip0 = regIncBetaXY(x, y, ap0, b, false);
  const iq0 = regIncBetaXY(x, y, aq0, b, false);
  // g(a) = xᵃyᵇ/(a·B(a,b)) so that I_x(a+1,b) = I_x(a,b) − g(a); kept in logs while it underflows
  const lgp0 = logBetaPowerTerm(x, y, ap0, b) - Math.log(ap0);
  const lgq0 = logBetaPowerTerm(x, y, aq0, b) - Math.log(aq0);
  let sum = p0 * ip0 + q0 * iq0;
  const lx = Math.log(x);
  // Poisson(λ) puts < 1e-25 beyond k ± (12√λ + 100) (Bernstein's inequality): no term there can matter.
  const window = Math.min(MAX_TERMS, Math.ceil(12 * Math.sqrt(lambda) + 100));

  // forward: j = k+1, k+2, …
  let p = p0;
  let q = q0;
  let ip = ip0;
  let iq = iq0;
  let lgp = lgp0;
  let lgq = lgq0;
  let gp = Math.exp(lgp);
  let gq = Math.exp(lgq);
  for (let step = 1; step <= window; step++) {
    const j = k + step;
    const ap = j - 0.5; // a of the previous term
    const aq = j;
    ip -= gp;
    iq -= gq;
    if (gp === 0) {
      lgp += lx + Math.log((ap + b) / (ap + 1));
      if (lgp > -700) gp = Math.exp(lgp);
    } else {
      gp *= (x * (ap + b)) / (ap + 1);
      if (gp === 0) lgp = -Infinity; // decayed past representability: stays negligible
    }
    if (gq === 0) {
      lgq += lx + Math.log((aq + b) / (aq + 1));
      if (lgq > -700) gq = Math.exp(lgq);
    } else {
      gq *= (x * (aq + b)) / (aq + 1);
      if (gq === 0) lgq = -Infinity; // decayed past representability: stays negligible
    }
    p *= lambda / j;
    q *= lambda / (j + 0.5);
    const term = p * ip + q * iq;
    sum += term;
    if (j > lambda) {
      const r = lambda / (j + 1);
      if ((p * Math.max(ip, 0) + Math.abs(q) * Math.max(iq, 0)) * (r / (1 - r)) < TOL || (p === 0 && q === 0)) break;
    }
  }

  // backward: j = k−1, …, 0
  p = p0;
  q = q0;
  ip = ip0;
  iq = iq0;
  lgp = lgp0;
  lgq = lgq0;
  gp = Math.exp(lgp);
  gq = Math.exp(lgq);
  for (let step = 1; step <= Math.min(k, window); step++) {
    const j = k - step;
    const ap = j + 1.5; // a of the following term
    const aq = j + 2;
    // g(a−1) = g(a)·a/(x(a+b−1))
    if (gp === 0) {
      lgp += Math.log(ap / (ap + b - 1)) - lx;
      if (lgp > -700) gp = Math.exp(lgp);
    } else {
      gp *= ap / (x * (ap + b - 1));
      if (gp === 0) lgp = -Infinity; // decayed past representability: stays negligible
    }
    if (gq === 0) {
      lgq += Math.log(aq / (aq + b - 1)) - lx;
      if (lgq > -700) gq = Math.exp(lgq);
    } else {
      gq *= aq / (x * (aq + b - 1));
      if (gq === 0) lgq = -Infinity; // decayed past representability: stays negligible
    }
    ip += gp;
    iq += gq;
    p *= (j + 1) / lambda;
    q *= (j + 1.5) / lambda;
    sum += p * Math.min(ip, 1) + q * Math.min(iq, 1);
    const r = j / lambda;
    if ((p + Math.abs(q)) * (r / (1 - r)) < TOL) break;
  }
  return 0.5 * sum;
}

/** P(T ≤ t) for t ≥ 0 and any δ (AS 243 series; the integral for δ ≥ LARGE_NCP; 1 for δ ≤ −LARGE_NCP, where P(T > t) ≤ Φ(δ) underflows). */
function cdfNonNegative(t: number, df: number, delta: number): number {
  if (t === 0) return normalSf(delta);
  if (delta <= -LARGE_NCP) return 1;
  if (delta >= LARGE_NCP) return noncentralTLargeTails(t, df, delta)[0];
  return Math.min(1, Math.max(0, normalSf(delta) + halfSeries(t, df, delta)));
}

/** P(T > t) for t ≥ 0 and any δ: Φ(δ) − ½Σ (AS 243 series). */
function sfNonNegative(t: number, df: number, delta: number): number {
  if (t === 0) return normalCdf(delta);
  if (delta <= -LARGE_NCP) return 0;
  if (delta >= LARGE_NCP) return noncentralTLargeTails(t, df, delta)[1];
  return Math.min(1, Math.max(0, normalCdf(delta) - halfSeries(t, df, delta)));
}

/**
 * Noncentral t CDF P(T ≤ t; ν, δ) (Lenth 1989 AS 243 series summed from the Poisson mode both ways,
 * Benton & Krishnamoorthy 2003); ν may be non-integer, ν = Infinity gives Φ(t − δ).
 * @example
 * noncentralTCdf(2, 10, 1.5) // → 0.659154072442 (mpmath)
 */
export function noncentralTCdf(t: number, df: number, ncp: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || Number.isNaN(ncp) || df <= 0 || !Number.isFinite(ncp)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df === Infinity || (df > DF_NORMAL && Math.abs(ncp) < 1e3)) return normalCdf(t - ncp);
  return t >= 0 ? cdfNonNegative(t, df, ncp) : sfNonNegative(-t, df, -ncp);
}

/**
 * Noncentral t upper tail P(T > t; ν, δ) = P(−T < −t) with −T ~ t'(ν, −δ) (AS 243 / Benton & Krishnamoorthy 2003).
 * @example
 * noncentralTSf(4, 10, 1.5) // → 0.03378569625 (mpmath)
 */
export function noncentralTSf(t: number, df: number, ncp: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || Number.isNaN(ncp) || df <= 0 || !Number.isFinite(ncp)) return NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  if (df === Infinity || (df > DF_NORMAL && Math.abs(ncp) < 1e3)) return normalSf(t - ncp);
  return t >= 0 ? sfNonNegative(t, df, ncp) : cdfNonNegative(-t, df, -ncp);
}

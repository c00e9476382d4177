/**
 * The two series engines behind the regularised incomplete beta function (see beta.ts), both from
 * DiDonato & Morris (1992), ACM TOMS 708: the continued fraction bfrac and Temme's asymptotic expansion bgrat.
 */
import { logGamma, regUpperGamma } from './gammaFn.ts';

const EPS = 1e-16;
const MAX_ITER = 200000;

/**
 * Iₓ(a,b)·B(a,b)/(xᵃyᵇ) by the DiDonato–Morris continued fraction (TOMS 708 bfrac), λ = a − (a+b)x ≥ 0.
 * @example
 * betaFraction(20, 15, 0.4, 0.6, 20 - 35 * 0.4) // → 0.142117700071 (mpmath)
 */
export function betaFraction(a: number, b: number, x: number, y: number, lambda: number): number {
  const c = lambda + 1;
  const c0 = b / a;
  const c1 = 1 / a + 1;
  const yp1 = y + 1;
  let p = 1;
  let s = a + 1;
  let an = 0;
  let bn = 1;
  let anp1 = 1;
  let bnp1 = c / c1;
  let r = c1 / c;
  for (let n = 1; n <= MAX_ITER; n++) {
    let t = n / a;
    const w = n * (b - n) * x;
    let e = a / s;
    const alpha = p * (p + c0) * e * e * (w * x);
    e = (t + 1) / (c1 + t + t);
    const beta = n + w / s + e * (c + n * yp1);
    p = t + 1;
    s += 2;
    t = alpha * an + beta * anp1;
    an = anp1;
    anp1 = t;
    t = alpha * bn + beta * bnp1;
    bn = bnp1;
    bnp1 = t;
    const r0 = r;
    r = anp1 / bnp1;
    if (Math.abs(r - r0) <= EPS * r) break;
    an /= bnp1;
    bn /= bnp1;
    anp1 = r;
    bnp1 = 1;
  }
  return r;
}

/**
 * Iₓ(a,b) for a ≥ 15, b ≤ 1 by Temme's asymptotic expansion in incomplete gamma functions
 * (DiDonato & Morris, TOMS 708 bgrat); logBetaAB = log B(a,b). Returns NaN when the expansion cannot be used.
 * @example
 * betaAsymptoticLargeA(30, 0.5, 0.97, 0.03, logBeta(30, 0.5)) // → 0.178217544970 (mpmath)
 */
export function betaAsymptoticLargeA(a: number, b: number, x: number, y: number, logBetaAB: number): number {
  const bm1 = b - 1;
  const nu = a + 0.5 * bm1;
  const lnx = y > 0.375 ? Math.log(x) : Math.log1p(-y);
  const z = -nu * lnx;
  if (b * z === 0) return NaN;
  const logPre = logGamma(b) - logBetaAB - b * Math.log(nu); // log Γ(a+b)/(Γ(a)·νᵇ)
  const logR = -z + b * Math.log(z) - logGamma(b); // log e⁻ᶻzᵇ/Γ(b)
  const q = regUpperGamma(b, z);
  const v = 0.25 / (nu * nu);
  const t2 = 0.25 * lnx * lnx;
  let j = q / Math.exp(logR);
  let sum = j;
  let t = 1;
  let cn = 1;
  let n2 = 0;
  const c = new Float64Array(31);
  const d = new Float64Array(31);
  for (let n = 1; n <= 30; n++) {
    const bp2n = b + n2;
    j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v;
    n2 += 2;
    t *= t2;
    cn /= n2 * (n2 + 1);
    c[n] = cn;
    let acc = 0;
    let coef = b - n;
    for (let i = 1; i < n; i++) {
      acc += coef * c[i] * d[n - i];
      coef += b;
    }
    d[n] = bm1 * cn + acc / n;
    const dj = d[n] * j;
    sum += dj;
    if (!(sum > 0)) return NaN;
    if (Math.abs(dj) <= EPS * sum) return Math.exp(logPre + logR) * sum;
  }
  return NaN;
}

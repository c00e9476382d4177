import type { WeightedProfile } from './weightedProfile.ts';

/**
 * Weighted least squares of the arm means on [1, d, d²] (DoseFinding's quadratic model e0 + b1·d + b2·d²) for the
 * trial loaded in `p`: the 2 × 2 normal equations in weighted, centred sums. Writes [e0, b1, b2] to `coefs` and
 * returns the between-arm RSS from the residuals; NaN with fewer than 3 distinct doses carrying weight.
 * @example fitQuadratic(profile, Float64Array.of(0, 1, 2, 4), coefs) // coefs = [e0, b1, b2]
 */
export function fitQuadratic(p: WeightedProfile, doses: Float64Array, coefs: Float64Array): number {
  const k = doses.length;
  const W = p.totalWeight;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < k; i++) {
    s1 += p.w[i] * doses[i];
    s2 += p.w[i] * doses[i] * doses[i];
  }
  const m1 = s1 / W;
  const m2 = s2 / W;
  let a11 = 0;
  let a12 = 0;
  let a22 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < k; i++) {
    const w = p.w[i];
    const x1 = doses[i] - m1;
    const x2 = doses[i] * doses[i] - m2;
    a11 += w * x1 * x1;
    a12 += w * x1 * x2;
    a22 += w * x2 * x2;
    b1 += w * x1 * p.yc[i];
    b2 += w * x2 * p.yc[i];
  }
  const det = a11 * a22 - a12 * a12;
  if (!(det > 1e-12 * a11 * a22)) {
    coefs.fill(NaN);
    return NaN;
  }
  const c1 = (a22 * b1 - a12 * b2) / det;
  const c2 = (a11 * b2 - a12 * b1) / det;
  coefs[0] = p.yBar - c1 * m1 - c2 * m2;
  coefs[1] = c1;
  coefs[2] = c2;
  let rss = 0;
  for (let i = 0; i < k; i++) {
    if (p.w[i] === 0) continue;
    const r = p.yc[i] + p.yBar - (coefs[0] + c1 * doses[i] + c2 * doses[i] * doses[i]);
    rss += p.w[i] * r * r;
  }
  return rss;
}

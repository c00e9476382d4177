import { normalCdf, normalPdf, normalQuantile } from '../distributions/normal.ts';

export interface Retrodesign {
  power: number;
  /** P(estimate has the wrong sign | significant). */
  typeS: number;
  /** E(|estimate| | significant) / |true effect|. */
  exaggeration: number;
}

/**
 * Gelman & Carlin (2014) design analysis for an estimate ~ N(D, s²) tested two-sided at alpha with a
 * normal critical value, in closed form: with λ = D/s and z = Φ⁻¹(1 − α/2), the truncated-normal moments
 * E[X; X > zs] = D·Φ(λ − z) + s·φ(z − λ) and E[−X; X < −zs] = −D·Φ(−z − λ) + s·φ(z + λ).
 * @example retrodesign(1, 1, 0.05).exaggeration // → 2.54 (power 17%: a significant estimate is 2.5× too big)
 */
export function retrodesign(trueEffect: number, se: number, alpha: number): Retrodesign {
  const d = Math.abs(trueEffect);
  if (!(d > 0) || !(se > 0)) return { power: NaN, typeS: NaN, exaggeration: NaN };
  const z = normalQuantile(1 - alpha / 2);
  const l = d / se;
  const hi = normalCdf(l - z);
  const lo = normalCdf(-z - l);
  const power = hi + lo;
  const absMoment = d * hi + se * normalPdf(z - l) - d * lo + se * normalPdf(z + l);
  return { power, typeS: lo / power, exaggeration: absMoment / power / d };
}

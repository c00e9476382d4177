import { contrastCorrelation } from './contrasts.ts';
import { maxContrastCritical } from './critical.ts';
import { MaxTIntegrator } from './maxTIntegrator.ts';

export interface MaxContrastPower {
  power: number;
  /** 3 quasi-Monte Carlo standard errors. */
  error: number;
  critical: number;
}

/**
 * Power of the max-contrast test, 1 − P(max_m (Z_m + δ_m)/S ≤ q) with δ_m = sign·c_m·μ/(σ√(Σ c_mi²/n_i)): a
 * multivariate noncentral t (DoseFinding's powMCT; Genz & Bretz 2002 separation of variables). Homoscedastic normal
 * data with planned n; with dropout, evaluate at the expected completers.
 * @example maxContrastPower(classicContrasts, [20, 20, 20, 20, 20], emaxMeans, 1, 1, 0.025).power // → 0.552 (power.test.ts)
 */
export function maxContrastPower(
  C: readonly ArrayLike<number>[],
  n: readonly number[],
  means: readonly number[],
  sd: number,
  sign: 1 | -1,
  alpha: number,
): MaxContrastPower {
  const R = contrastCorrelation(C, n);
  const df = n.reduce((a, b) => a + b, 0) - n.length;
  const q = maxContrastCritical(R, df, alpha);
  const delta = C.map((c) => {
    let num = 0;
    let v = 0;
    for (let i = 0; i < n.length; i++) {
      num += c[i] * means[i];
      v += (c[i] * c[i]) / n[i];
    }
    return (sign * num) / (sd * Math.sqrt(v));
  });
  const mvt = new MaxTIntegrator(R, df, delta);
  const p = mvt.cdf(q);
  return { power: 1 - p, error: mvt.error, critical: q };
}

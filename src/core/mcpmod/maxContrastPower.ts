import { contrastCorrelation } from './contrasts.ts';
import { maxContrastCritical } from './critical.ts';
import { MaxTIntegrator } from './maxTIntegrator.ts';
import { precisionWeights } from './perArmStatistics.ts';

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
  // The pooled test is the per-arm one with every arm's sd equal and the pooled df.
  const df = n.reduce((a, b) => a + b, 0) - n.length;
  return maxContrastPowerPerArm(C, n, means, n.map(() => sd), sign, alpha, df);
}

/**
 * Power of the max-contrast test with each arm's own variance: DoseFinding's powMCT(C, α, altModels, S = diag(sdᵢ²/nᵢ),
 * df), R and δ_m = sign·c_m·μ/√(Σ c_mi² sdᵢ²/nᵢ) from S. df = ∞ (powMCT's default with S) treats S as known; the
 * simulated per-arm test uses Satterthwaite df, so pass its planned ν* (TrendTest.df) to compare with it.
 * @example maxContrastPowerPerArm(C, [20, 10, 10, 10], means, [4, 1, 1, 1], 1, 0.025).power // → powMCT (perArm.json)
 */
export function maxContrastPowerPerArm(
  C: readonly ArrayLike<number>[],
  n: readonly number[],
  means: readonly number[],
  sd: readonly number[],
  sign: 1 | -1,
  alpha: number,
  df = Infinity,
): MaxContrastPower {
  const R = contrastCorrelation(C, precisionWeights(n, sd));
  const q = maxContrastCritical(R, df, alpha);
  const delta = C.map((c) => {
    let num = 0;
    let v = 0;
    for (let i = 0; i < n.length; i++) {
      num += c[i] * means[i];
      v += (c[i] * c[i] * sd[i] * sd[i]) / n[i];
    }
    return (sign * num) / Math.sqrt(v);
  });
  const mvt = new MaxTIntegrator(R, df, delta);
  return { power: 1 - mvt.cdf(q), error: mvt.error, critical: q };
}

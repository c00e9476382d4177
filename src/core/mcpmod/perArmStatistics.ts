import type { Workspace } from '../workspace.ts';

/**
 * Precision weights wᵢ = nᵢ/sdᵢ² of the arm means. For S = diag(sdᵢ²/nᵢ), DoseFinding's optimal contrast
 * S⁻¹(μ − (1ᵀS⁻¹μ/1ᵀS⁻¹1)·1) is cᵢ ∝ wᵢ(μᵢ − μ̄_w), so optimalContrast and contrastCorrelation with w in place of n give
 * the contrasts and correlations of the test with covariance S (Bretz, Pinheiro & Branson 2005, eq. 6; DoseFinding optContr).
 * @example precisionWeights([10, 40], [2, 1]) // → [2.5, 40]
 */
export function precisionWeights(n: readonly number[], sd: readonly number[]): number[] {
  return n.map((ni, i) => ni / (sd[i] * sd[i]));
}

/**
 * One trial's contrast statistics with each arm's own variance, T_m = sign·Σc_miȳᵢ/√V_m with V_m = Σc_mi²sᵢ²/mᵢ (the
 * statistic of DoseFinding's MCTtest with S = diag(sᵢ²/mᵢ)), written to `stat`; returns the smallest over contrasts of
 * the Welch–Satterthwaite df of V_m, ν_m = V_m²/Σ(c_mi²sᵢ²/mᵢ)²/(mᵢ − 1) (Satterthwaite 1946), each ν_m also written to
 * `dfs`. NaN when an arm has fewer than 2 completers. `v` is scratch of one entry per arm. Allocates nothing.
 * @example perArmStatistics(Float64Array.of(-0.7071, 0.7071), 1, ws, 1, stat, v) // two arms: Welch's t and its df
 */
export function perArmStatistics(
  C: Float64Array,
  models: number,
  ws: Workspace,
  sign: number,
  stat: Float64Array,
  dfs: Float64Array,
  v: Float64Array,
): number {
  const k = ws.arms;
  let ok = true;
  for (let i = 0; i < k; i++) {
    const m = ws.m[i];
    if (!(m >= 2)) ok = false;
    v[i] = ws.ss[i] / ((m - 1) * m); // s²/m, the estimated variance of the arm mean
  }
  if (!ok) {
    stat.fill(NaN);
    dfs.fill(NaN);
    return NaN;
  }
  let nu = Infinity;
  for (let j = 0; j < models; j++) {
    let num = 0;
    let V = 0;
    let D = 0;
    for (let i = 0; i < k; i++) {
      const c = C[j * k + i];
      const a = c * c * v[i];
      num += c * ws.mean[i];
      V += a;
      D += (a * a) / (ws.m[i] - 1);
    }
    stat[j] = (sign * num) / Math.sqrt(V);
    const df = (dfs[j] = (V * V) / D);
    if (df < nu || df !== df) nu = df; // NaN (no variation at all) stays NaN
  }
  return nu;
}

/**
 * The df perArmStatistics would report if every arm's variance came out as planned (sᵢ = sdᵢ, mᵢ = nᵢ): the anchor of
 * the per-arm test's critical values.
 * @example plannedSatterthwaiteDf([Float64Array.of(-0.7071, 0.7071)], [10, 10], [1, 1]) // → 18
 */
export function plannedSatterthwaiteDf(C: readonly ArrayLike<number>[], n: readonly number[], sd: readonly number[]): number {
  let nu = Infinity;
  for (const c of C) {
    let V = 0;
    let D = 0;
    for (let i = 0; i < n.length; i++) {
      const a = (c[i] * c[i] * sd[i] * sd[i]) / n[i];
      V += a;
      D += (a * a) / (n[i] - 1);
    }
    nu = Math.min(nu, (V * V) / D);
  }
  return nu;
}

import { doseShape } from '../doses/shapes.ts';
import type { CandidateModel } from './types.ts';

/**
 * Optimal contrast for detecting mean profile μ with group sizes n under homoscedastic normal data (Bretz, Pinheiro &
 * Branson 2005, eq. 6): cᵢ ∝ nᵢ(μᵢ − μ̄), μ̄ = Σnᵢμᵢ/Σnᵢ, unit length, oriented so that c·μ > 0. NaN for a flat μ.
 * @example optimalContrast([0, 1], [10, 10]) // → [−0.7071, 0.7071]
 */
export function optimalContrast(mu: readonly number[], n: readonly number[]): Float64Array {
  const k = mu.length;
  const c = new Float64Array(k);
  let sn = 0;
  let snm = 0;
  for (let i = 0; i < k; i++) {
    sn += n[i];
    snm += n[i] * mu[i];
  }
  const bar = snm / sn;
  let len = 0;
  let dot = 0;
  for (let i = 0; i < k; i++) {
    c[i] = n[i] * (mu[i] - bar);
    len += c[i] * c[i];
    dot += c[i] * mu[i];
  }
  // c·μ = Σnᵢ(μᵢ − μ̄)² ≥ 0 already; the flip only guards rounding. A zero length (flat μ) gives NaN on purpose.
  const scale = (dot < 0 ? -1 : 1) / Math.sqrt(len);
  const ok = len > 0 && Number.isFinite(scale);
  for (let i = 0; i < k; i++) c[i] = ok ? c[i] * scale : NaN;
  return c;
}

/**
 * Optimal contrasts of candidate shapes at the given doses, one row per candidate (Pinheiro et al. 2014, MCP step).
 * @example candidateContrasts([{model: 'linear', params: {}}], [0, 1, 2], [10, 10, 10]) // → [[−0.7071, 0, 0.7071]]
 */
export function candidateContrasts(
  candidates: readonly CandidateModel[],
  doses: readonly number[],
  n: readonly number[],
): Float64Array[] {
  return candidates.map(({ model, params }) => optimalContrast(doses.map((d) => doseShape(model, params, d)), n));
}

/**
 * Correlations of the contrast statistics under homoscedastic normal data (Bretz et al. 2005):
 * R_ml = Σ c_mi c_li/nᵢ / √(Σ c_mi²/nᵢ · Σ c_li²/nᵢ).
 * @example contrastCorrelation([[-1, 1], [1, -1]], [5, 5]) // → [[1, −1], [−1, 1]]
 */
export function contrastCorrelation(C: readonly ArrayLike<number>[], n: readonly number[]): Float64Array[] {
  const M = C.length;
  const cov = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < n.length; i++) s += (a[i] * b[i]) / n[i];
    return s;
  };
  const sd = C.map((c) => Math.sqrt(cov(c, c)));
  return C.map((cm, m) => {
    const row = new Float64Array(M);
    for (let l = 0; l < M; l++) row[l] = m === l ? (sd[m] > 0 ? 1 : NaN) : cov(cm, C[l]) / (sd[m] * sd[l]);
    return row;
  });
}

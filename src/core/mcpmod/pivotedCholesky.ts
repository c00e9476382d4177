/** A factor L (rows permuted) with R = L·Lᵀ of rank r, for a possibly singular correlation matrix. */
export interface PivotedFactor {
  /** Rank found (number of columns of L). */
  rank: number;
  /** perm[i]: the original row of factor row i. */
  perm: Int32Array;
  /** Row i of L, length rank (row-major, rows in pivot order). */
  rows: Float64Array[];
}

/**
 * Cholesky factorisation with diagonal pivoting (Higham 2002, §10.3), stopping when the largest remaining diagonal is
 * ≤ tol: candidate contrasts outnumber the arms' degrees of freedom, so R is often singular. Null for a non-square,
 * non-finite or not positive semi-definite R.
 * @example pivotedCholesky([[1, 1], [1, 1]]).rank // → 1
 */
export function pivotedCholesky(R: readonly ArrayLike<number>[], tol = 1e-10): PivotedFactor | null {
  const M = R.length;
  const a = R.map((row) => Float64Array.from(row));
  for (const row of a) if (row.length !== M || !row.every(Number.isFinite)) return null;
  const perm = Int32Array.from({ length: M }, (_, i) => i);
  const L = Array.from({ length: M }, () => new Float64Array(M));
  const diag = Float64Array.from({ length: M }, (_, i) => a[i][i]);
  let rank = 0;
  for (let k = 0; k < M; k++) {
    let p = k;
    for (let j = k + 1; j < M; j++) if (diag[j] > diag[p]) p = j;
    if (!(diag[p] > tol)) break;
    if (p !== k) {
      [perm[k], perm[p]] = [perm[p], perm[k]];
      [a[k], a[p]] = [a[p], a[k]];
      for (const row of a) [row[k], row[p]] = [row[p], row[k]];
      [L[k], L[p]] = [L[p], L[k]];
      [diag[k], diag[p]] = [diag[p], diag[k]];
    }
    const lkk = Math.sqrt(diag[k]);
    L[k][k] = lkk;
    for (let i = k + 1; i < M; i++) {
      let s = a[i][k];
      for (let l = 0; l < k; l++) s -= L[i][l] * L[k][l];
      L[i][k] = s / lkk;
      diag[i] -= L[i][k] * L[i][k];
    }
    rank++;
  }
  // What is left must be ≈ 0; a clearly negative or positive remainder means R was not a correlation matrix.
  for (let i = rank; i < M; i++) if (Math.abs(diag[i]) > 1e-6) return null;
  return { rank, perm, rows: L.map((row) => row.slice(0, rank)) };
}

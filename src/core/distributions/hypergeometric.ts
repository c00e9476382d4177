/**
 * Hypergeometric distribution of the group-1 success count given the margins of a 2×2 table,
 * and Fisher's exact test p-values computed from it (as R's fisher.test).
 */

/** Hypergeometric pmf on its support lo..hi: pmf[i] = P(X = lo + i). */
export interface HypergeometricTable {
  lo: number;
  pmf: Float64Array;
}

/**
 * P(X = x) for X = successes in group 1 (size n1) when s successes are spread over n1 + n2 subjects,
 * x = max(0, s−n2)..min(s, n1) (ratio recurrence outward from the mode, renormalised; no logs, no underflow at the mode).
 * Empty for invalid margins or a support of 2e6 outcomes or more.
 * @example
 * hypergeometricPmfTable(3, 4, 4).pmf // → [0.0714285714286, 0.428571428571, 0.428571428571, 0.0714285714286] (exact)
 */
export function hypergeometricPmfTable(s: number, n1: number, n2: number): HypergeometricTable {
  if (![s, n1, n2].every((v) => Number.isInteger(v) && v >= 0) || s > n1 + n2) return { lo: 0, pmf: new Float64Array(0) };
  // A support of more than 2e6 outcomes (arms have at most 1e6 patients): refused like invalid margins (callers give NaN).
  if (Math.min(s, n1) - Math.max(0, s - n2) >= 2e6) return { lo: 0, pmf: new Float64Array(0) };
  const lo = Math.max(0, s - n2);
  const hi = Math.min(s, n1);
  const pmf = new Float64Array(hi - lo + 1);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((s + 1) * (n1 + 1)) / (n1 + n2 + 2))));
  pmf[mode - lo] = 1;
  for (let x = mode; x < hi; x++) {
    const next = (pmf[x - lo] * (n1 - x) * (s - x)) / ((x + 1) * (n2 - s + x + 1));
    if (next === 0) break;
    pmf[x + 1 - lo] = next;
  }
  for (let x = mode; x > lo; x--) {
    const prev = (pmf[x - lo] * x * (n2 - s + x)) / ((n1 - x + 1) * (s - x + 1));
    if (prev === 0) break;
    pmf[x - 1 - lo] = prev;
  }
  let sum = 0;
  for (let i = 0; i < pmf.length; i++) sum += pmf[i];
  for (let i = 0; i < pmf.length; i++) pmf[i] /= sum;
  return { lo, pmf };
}

/** R's tolerance for "as or less probable than the observed table" in fisher.test. */
const REL_ERR = 1 + 1e-7;

/**
 * Two-sided Fisher exact p-value for x successes out of n1 in group 1 and s − x out of n2 in group 2:
 * Σ P(X = i) over i with P(X = i) ≤ P(X = x)·(1 + 1e-7) (R's fisher.test definition).
 * @example
 * fisherExactTwoSided(1, 10, 7, 10) // → 0.0572755417957 (scipy)
 */
export function fisherExactTwoSided(x: number, n1: number, s: number, n2: number): number {
  const { lo, pmf } = hypergeometricPmfTable(s, n1, n2);
  if (pmf.length === 0 || !Number.isInteger(x) || x < lo || x >= lo + pmf.length) return NaN;
  const threshold = pmf[x - lo] * REL_ERR;
  let p = 0;
  for (let i = 0; i < pmf.length; i++) if (pmf[i] <= threshold) p += pmf[i];
  return Math.min(1, p);
}

/**
 * One-sided Fisher exact p-value (hypergeometric tail, R's fisher.test): 'greater' = P(X ≥ x) (group 1 has the
 * higher success odds), 'less' = P(X ≤ x). For "group 2 higher" use 'less' on the group-1 count.
 * @example
 * fisherExactOneSided(8, 10, 10, 10, 'greater') // → 0.0115070687826 (scipy)
 */
export function fisherExactOneSided(x: number, n1: number, s: number, n2: number, alternative: 'greater' | 'less'): number {
  const { lo, pmf } = hypergeometricPmfTable(s, n1, n2);
  if (pmf.length === 0 || !Number.isInteger(x) || x < lo || x >= lo + pmf.length) return NaN;
  let p = 0;
  if (alternative === 'greater') for (let i = pmf.length - 1; i >= x - lo; i--) p += pmf[i];
  else for (let i = 0; i <= x - lo; i++) p += pmf[i];
  return Math.min(1, p);
}

/**
 * Two-sided Fisher p-values for every table with margins (s, n1, n2) at once, pValues[i] for x = lo + i
 * (same definition as fisherExactTwoSided; O(m log m) by sorting the pmf).
 * @example
 * fisherTwoSidedPValues(3, 4, 4).pValues // → [0.142857142857, 1.00000000000, 1.00000000000, 0.142857142857] (scipy)
 */
export function fisherTwoSidedPValues(s: number, n1: number, n2: number): { lo: number; pValues: Float64Array } {
  const { lo, pmf } = hypergeometricPmfTable(s, n1, n2);
  const m = pmf.length;
  const sorted = Float64Array.from(pmf).sort();
  const cum = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) cum[i + 1] = cum[i] + sorted[i];
  const pValues = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const threshold = pmf[i] * REL_ERR;
    let a = 0;
    let b = m; // number of sorted entries ≤ threshold, by binary search
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (sorted[mid] <= threshold) a = mid + 1;
      else b = mid;
    }
    pValues[i] = Math.min(1, cum[a]);
  }
  return { lo, pValues };
}

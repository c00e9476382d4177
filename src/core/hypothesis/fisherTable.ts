import { logChoose } from '../distributions/binomial.ts';

/** R's fisher.test tolerance: outcomes with probability ≤ P(observed)·(1 + 1e-7) count as extreme. */
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * P-values of Fisher's exact test for every table with given margins: arm sizes (m0, mi) and s
 * responders in all. Index x − lo, where x = responders in the treatment arm, lo = max(0, s − m0).
 * kind 'two' is two-sided (sum of probabilities ≤ P(x)); 'upper' is P(X ≥ x); 'lower' is P(X ≤ x).
 * @example
 * fisherPValues(4, 4, 3, 'two') // → [0.142857142857, 1.00000000000, 1.00000000000, 0.142857142857] (scipy)
 */
export function fisherPValues(m0: number, mi: number, s: number, kind: 'two' | 'upper' | 'lower'): Float64Array {
  const lo = Math.max(0, s - m0);
  const hi = Math.min(s, mi);
  const len = hi - lo + 1;
  const pmf = new Float64Array(len);
  const logTotal = logChoose(m0 + mi, s);
  for (let x = lo; x <= hi; x++) pmf[x - lo] = Math.exp(logChoose(mi, x) + logChoose(m0, s - x) - logTotal);
  const out = new Float64Array(len);
  if (kind === 'upper') {
    let acc = 0;
    for (let t = len - 1; t >= 0; t--) out[t] = Math.min(1, (acc += pmf[t]));
  } else if (kind === 'lower') {
    let acc = 0;
    for (let t = 0; t < len; t++) out[t] = Math.min(1, (acc += pmf[t]));
  } else {
    // The pmf is unimodal: the outcomes no more likely than x are the two tails beyond the level
    // pmf[x]. Sort probabilities ascending and accumulate, then look each x up by binary search.
    const sorted = Float64Array.from(pmf).sort();
    const cum = new Float64Array(len);
    let acc = 0;
    for (let t = 0; t < len; t++) cum[t] = acc += sorted[t];
    for (let t = 0; t < len; t++) {
      const limit = pmf[t] * RELATIVE_TOLERANCE;
      let a = 0;
      let b = len; // first index with sorted > limit
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (sorted[mid] <= limit) a = mid + 1;
        else b = mid;
      }
      out[t] = Math.min(1, cum[a - 1]);
    }
  }
  return out;
}

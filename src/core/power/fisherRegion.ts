/** R's fisher.test tolerance: outcomes with probability ≤ P(observed)·(1 + 1e-7) count as extreme. */
const TOLERANCE = 1 + 1e-7;

/**
 * The rejection region of Fisher's exact test for one margin, in O(size of the region): `pmf` is the
 * hypergeometric law of the treatment's responders (index x − lo). Sets reject[i] = 1 for the tables
 * with p ≤ level, 0 for the others, and returns how many. Two-sided p(x) = Σ pmf ≤ pmf(x)·(1 + 1e-7)
 * (R), which rises with pmf(x); as the pmf is unimodal, the least likely tables are taken from the two
 * ends inward until p exceeds the level. One-sided: the tail in the treatment's favour (sign > 0: many
 * responders; sign < 0: few).
 * @example
 * fisherRegion(hypergeometricPmfTable(10, 10, 10).pmf, 0.05, 2, 1, new Uint8Array(11)) // → 6 (scipy enumeration)
 */
export function fisherRegion(pmf: Float64Array, level: number, sides: 1 | 2, sign: number, reject: Uint8Array): number {
  const n = pmf.length;
  reject.fill(0, 0, n);
  let count = 0;
  if (sides === 1) {
    let acc = 0;
    for (let t = 0; t < n; t++) {
      const i = sign > 0 ? n - 1 - t : t;
      acc += pmf[i];
      if (!(Math.min(1, acc) <= level)) break;
      reject[i] = 1;
      count++;
    }
    return count;
  }
  let l = 0;
  let r = n - 1;
  let taken = 0;
  while (l <= r) {
    const left = pmf[l] <= pmf[r];
    const limit = (left ? pmf[l] : pmf[r]) * TOLERANCE;
    // p of the least likely remaining table: what was taken plus every remaining one within the tolerance.
    let p = taken;
    let a = l;
    while (a <= r && pmf[a] <= limit) p += pmf[a++];
    for (let b = r; b >= a && pmf[b] <= limit; b--) p += pmf[b];
    if (!(Math.min(1, p) <= level)) break;
    const i = left ? l++ : r--;
    reject[i] = 1;
    taken += pmf[i];
    count++;
  }
  return count;
}

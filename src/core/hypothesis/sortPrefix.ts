/** Below this length plain insertion sort is fastest (measured, Node 20). */
const INSERTION_MAX = 32;
/** Up to this length a counting pass into m buckets, then insertion sort; beyond, the native sort. */
const BUCKET_MAX = 4096;
/** A bucket holding more than this many values means clustered data: the native sort is safer. */
const CROWDED = 16;

const buf = new Float64Array(BUCKET_MAX);
const counts = new Int32Array(BUCKET_MAX + 1);

/**
 * Sorts x[0..m) ascending in place without allocating. Short prefixes use insertion sort; longer ones
 * first a counting pass into m equal-width buckets by value (so each element then moves a step or
 * two), unless the values crowd into a few buckets; otherwise the native sort on a cached subarray
 * view (views[m] is created once per length). The bucket pass only reorders: the final insertion
 * sort decides the result, which is the sorted prefix whatever the rounding of the bucket index.
 * @example
 * const x = Float64Array.of(3, 1, 2, 0);
 * sortPrefix(x, 3, []);
 * x // → [1, 2, 3, 0] (the first three sorted, the rest untouched)
 */
export function sortPrefix(x: Float64Array, m: number, views: (Float64Array | undefined)[]): void {
  if (m <= INSERTION_MAX || (m <= BUCKET_MAX && bucketPass(x, m))) {
    for (let i = 1; i < m; i++) {
      const v = x[i];
      let j = i - 1;
      while (j >= 0 && x[j] > v) {
        x[j + 1] = x[j];
        j--;
      }
      x[j + 1] = v;
    }
    return;
  }
  let view = views[m];
  if (view === undefined) view = views[m] = x.subarray(0, m);
  view.sort();
}

/**
 * Counting sort of x[0..m) by bucket ⌊(x − min)·(m − 1)/(max − min)⌋ (stable). False, leaving x as
 * it was, when the range is not finite or a bucket is crowded (insertion sort would be quadratic).
 */
function bucketPass(x: Float64Array, m: number): boolean {
  let lo = x[0];
  let hi = x[0];
  for (let i = 1; i < m; i++) {
    const v = x[i];
    if (v < lo) lo = v;
    else if (v > hi) hi = v;
  }
  const scale = (m - 1) / (hi - lo);
  if (!(scale > 0 && scale < Infinity)) return false;
  counts.fill(0, 0, m + 1);
  for (let i = 0; i < m; i++) {
    const b = Math.min(m - 1, Math.floor((x[i] - lo) * scale)) + 1;
    if (++counts[b] > CROWDED) return false;
  }
  for (let b = 1; b <= m; b++) counts[b] += counts[b - 1];
  for (let i = 0; i < m; i++) buf[counts[Math.min(m - 1, Math.floor((x[i] - lo) * scale))]++] = x[i];
  for (let i = 0; i < m; i++) x[i] = buf[i];
  return true;
}

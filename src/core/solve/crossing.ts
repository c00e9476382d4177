/**
 * Smallest integer n in [lo, hi] with f(n) ≥ threshold, for an f that rises with n up to Monte Carlo noise:
 * gallops from `start` (steps 1, 2, 4, … down while f stays ≥ threshold, up while it stays below), then
 * bisects the bracket. At the answer f(n) ≥ threshold and f(n − 1) < threshold (or n = lo) always hold.
 * Returns null when f(hi) is still below the threshold.
 * @example crossing((n) => n / 100, 0.8, 10, 2, 1000) // → 80
 */
export function crossing(f: (n: number) => number, threshold: number, start: number, lo: number, hi: number): number | null {
  let s = Math.min(hi, Math.max(lo, Math.round(start)));
  let below: number;
  let above: number;
  if (f(s) >= threshold) {
    above = s;
    below = lo - 1;
    for (let step = 1; above > lo; step *= 2) {
      const m = Math.max(lo, above - step);
      if (f(m) >= threshold) above = m;
      else {
        below = m;
        break;
      }
    }
  } else {
    below = s;
    for (let step = 1; ; step *= 2) {
      if (below >= hi) return null;
      s = Math.min(hi, below + step);
      if (f(s) >= threshold) break;
      below = s;
    }
    above = s;
  }
  while (above - below > 1) {
    const mid = Math.floor((below + above) / 2);
    if (f(mid) >= threshold) above = mid;
    else below = mid;
  }
  return above;
}

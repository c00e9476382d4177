import { binomialPmf } from '../distributions/binomial.ts';
import type { RandomStream } from './stream.ts';

/**
 * Exact Binomial(n, p) draw without tables, for a p that changes every trial (e.g. a rate drawn from
 * a design prior). Inversion by chop-down search from the mode (Kachitvichyanukul & Schmeiser 1988,
 * BINV variant): the mode's probability from the log-pmf, then alternately one step down and one up
 * with the pmf ratio recurrences until the accumulated probability passes a uniform. Any fixed order
 * of the outcomes gives an exact inversion; starting at the mode makes it O(√(npq)) steps.
 */
export function binomialFromMode(stream: RandomStream, n: number, p: number): number {
  if (!(p > 0) || n <= 0) return 0;
  if (p >= 1) return n;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  const pm = binomialPmf(mode, n, p);
  let u = stream.double() - pm;
  if (u <= 0) return mode;
  let lo = mode;
  let hi = mode;
  let pl = pm;
  let ph = pm;
  for (;;) {
    if (lo > 0) {
      pl *= lo / ((n - lo + 1) * odds); // pmf(lo − 1) = pmf(lo) · lo / ((n − lo + 1)·p/q)
      lo--;
      u -= pl;
      if (u <= 0) return lo;
    }
    if (hi < n) {
      ph *= ((n - hi) * odds) / (hi + 1); // pmf(hi + 1) = pmf(hi) · (n − hi)/(hi + 1) · p/q
      hi++;
      u -= ph;
      if (u <= 0) return hi;
    }
    // Rounding can leave a sliver of probability unassigned: return the mode for it.
    if (lo === 0 && hi === n) return mode;
  }
}

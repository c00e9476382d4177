/**
 * A gate that opens at most once every `ms` milliseconds (the first call always opens). Progress goes
 * through it: each update re-renders a view, and on a small machine rendering every batch kept the page's
 * thread ~100% busy (issue 11), so partial results are published a few times a second and the final one at once.
 * With `maxMs` above `ms` the interval widens as the gate ages (a quarter of the time since it was made, within
 * [ms, maxMs]): a long run's curve barely moves between updates, so it is redrawn less often than a short one's.
 * With `firstAfterMs` it stays shut until it is that old (a run that ends sooner publishes only its final result).
 * @example const gate = throttle(200, clock); gate() // → true; gate() 50 ms later // → false
 */
export function throttle(ms: number, now: () => number = () => performance.now(), maxMs = ms, firstAfterMs = 0): () => boolean {
  const start = now();
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - start < firstAfterMs) return false;
    if (t - last < Math.min(maxMs, Math.max(ms, (t - start) / 4))) return false;
    last = t;
    return true;
  };
}

/**
 * A gate that opens at most once every `ms` milliseconds (the first call always opens). Progress goes
 * through it: each update re-renders a view, and on a small machine rendering every batch kept the page's
 * thread ~100% busy (issue 11), so partial results are published a few times a second and the final one at once.
 * @example const gate = throttle(200, clock); gate() // → true; gate() 50 ms later // → false
 */
export function throttle(ms: number, now: () => number = () => performance.now()): () => boolean {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last < ms) return false;
    last = t;
    return true;
  };
}

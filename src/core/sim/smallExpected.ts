import type { Workspace } from '../workspace.ts';

/** Cochran's (1954) rule of thumb: Pearson's chi-square needs every expected cell count ≥ 5. */
export const MIN_EXPECTED = 5;

/**
 * Whether any comparison of this trial (treatment arm i against control, a 2×2 table) has an expected
 * cell count below 5. The smallest expected count of a 2×2 table is min(m0, mi)·min(s, N − s)/N,
 * with N = m0 + mi patients and s responders in all. No allocation.
 */
export function smallExpectedCount(ws: Workspace): boolean {
  const m0 = ws.m[0];
  for (let i = 1; i < ws.arms; i++) {
    const mi = ws.m[i];
    const n = m0 + mi;
    const s = ws.successes[0] + ws.successes[i];
    if ((Math.min(m0, mi) * Math.min(s, n - s)) / n < MIN_EXPECTED) return true;
  }
  return false;
}

import type { ResultRow } from './types.ts';

export interface NForTarget {
  arm: string;
  /** Smallest simulated grid n (control arm, before dropout) whose power reaches the target; null if none. */
  nPerArm: number | null;
  /** Linear interpolation between the bracketing grid points, rounded up; null if not reached. */
  nInterpolated: number | null;
  power: number | null;
  mcse: number | null;
  /** True when the grid's largest n is still below the target. */
  beyondGrid: boolean;
}

/**
 * For each treatment arm, the sample size at which simulated power first reaches the target.
 * @example nForTarget(rows, 0.8)[0].nPerArm // → 18
 */
export function nForTarget(rows: readonly ResultRow[], target: number): NForTarget[] {
  const arms = [...new Set(rows.map((r) => r.arm))];
  return arms.map((arm) => {
    const rs = rows.filter((r) => r.arm === arm && r.sims > 0).sort((a, b) => a.nPerArm - b.nPerArm);
    const i = rs.findIndex((r) => r.power >= target);
    if (i < 0) return { arm, nPerArm: null, nInterpolated: null, power: null, mcse: null, beyondGrid: rs.length > 0 };
    const hit = rs[i];
    let interp = hit.nPerArm;
    if (i > 0) {
      const lo = rs[i - 1];
      const f = (target - lo.power) / (hit.power - lo.power);
      if (f > 0 && f < 1) interp = Math.ceil(lo.nPerArm + f * (hit.nPerArm - lo.nPerArm));
    }
    return { arm, nPerArm: hit.nPerArm, nInterpolated: interp, power: hit.power, mcse: hit.mcse, beyondGrid: false };
  });
}

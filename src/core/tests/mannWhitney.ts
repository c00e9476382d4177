import type { Workspace } from '../sim/workspace.ts';
import { NormalDecision } from './normalCritical.ts';
import { StepNormal } from './stepCritical.ts';
import { sortPrefix } from './sortPrefix.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/**
 * Mann–Whitney U (Wilcoxon rank-sum) with the normal approximation, tie correction and continuity
 * correction, as R's wilcox.test(exact = FALSE) and scipy's mannwhitneyu(method = 'asymptotic').
 * Each arm is sorted in place once per trial (without allocating), then each treatment arm is merged
 * with the control to get its rank sum and the tie term Σ(t³ − t).
 */
export class MannWhitneyTest implements ComparisonTest {
  private readonly decision: NormalDecision;
  /** Holm/Hochberg fast path, present only when built with stepLevels (types.ts). */
  readonly firstLevel?: (ws: Workspace, i: number) => number;
  /** Cached subarray views per arm and length, for the native sort of long arms. */
  private readonly views: (Float64Array | undefined)[][];

  constructor(
    private readonly o: TestOptions,
    arms: number,
  ) {
    this.decision = new NormalDecision(o);
    if (o.stepLevels) {
      const step = new StepNormal(o.stepLevels, o.sides);
      this.firstLevel = (ws, i) => step.first(ws.stat[i]);
    }
    this.views = Array.from({ length: arms }, () => []);
  }

  prepare(ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) sortPrefix(ws.data[j], ws.m[j], this.views[j]);
  }

  statistic(ws: Workspace, i: number): number {
    const a = ws.data[i];
    const b = ws.data[0];
    const na = ws.m[i];
    const nb = ws.m[0];
    if (na < 1 || nb < 1) return NaN;
    let ia = 0;
    let ib = 0;
    let rank = 0;
    let rankSumA = 0;
    let ties = 0;
    while (ia < na || ib < nb) {
      const v = ia < na && (ib >= nb || a[ia] <= b[ib]) ? a[ia] : b[ib];
      let ca = 0;
      let cb = 0;
      while (ia < na && a[ia] === v) (ia++, ca++);
      while (ib < nb && b[ib] === v) (ib++, cb++);
      const t = ca + cb;
      rankSumA += ca * (rank + (t + 1) / 2);
      if (t > 1) ties += t * t * t - t;
      rank += t;
    }
    const n = na + nb;
    const u = rankSumA - (na * (na + 1)) / 2;
    const mu = (na * nb) / 2;
    const sigma = Math.sqrt(((na * nb) / 12) * (n + 1 - ties / (n * (n - 1))));
    if (!(sigma > 0)) return NaN;
    const d = this.o.sign * (u - mu);
    // Continuity correction toward zero: |d| − ½ for two-sided, d − ½ for the one-sided upper tail.
    const corrected = this.o.sides === 2 ? Math.sign(d) * Math.max(0, Math.abs(d) - 0.5) : d - 0.5;
    return corrected / sigma;
  }

  rejects(ws: Workspace, i: number): boolean {
    return this.decision.rejects(ws.stat[i]);
  }

  pValue(ws: Workspace, i: number): number {
    return this.decision.pValue(ws.stat[i]);
  }
}

import type { Workspace } from '../workspace.ts';
import { NormalDecision } from './normalCritical.ts';
import { StepNormal } from './stepCritical.ts';
import { sortPrefix } from './sortPrefix.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/**
 * Mann–Whitney U (Wilcoxon rank-sum) with the normal approximation, tie correction and continuity
 * correction, as R's wilcox.test(exact = FALSE) and scipy's mannwhitneyu(method = 'asymptotic').
 * Each arm is sorted in place once per trial (without allocating), then each treatment arm is merged
 * with the control to get its rank sum and the tie term Σ(t³ − t).
 *
 * With `fromKey` the data are rank keys, increasing in the analysed values (timed walk: ±log change,
 * see generators/timedWalkData.ts), so ranks and ties are those of the values — unless rounding in
 * fromKey would merge two distinct keys into one value (a tie the keys do not show). That needs keys
 * closer than KEY_GUARD, or a key beyond ±KEY_RANGE; then the trial's data are mapped to values (as
 * the generator would have written them) and sorted again, so the statistic is always the values'.
 */
/** |Δkey| below which fromKey's rounding (≲ 1e-15·e^|key| relative) could merge two keys; keys beyond KEY_RANGE also map back. */
const KEY_GUARD = 1e-10;
const KEY_RANGE = 10;

/**
 * Mann–Whitney U test (normal approximation, tie and continuity corrections; see above).
 * @example
 * decide(new MannWhitneyTest({ level: 0.05, sides: 2, sign: 1 }, 2), arms([4.1, 5.2, 6.3, 5.0, 4.8, 5.9], [6.0, 7.1, 5.8, 6.9, 7.4, 6.2])).p // → 0.03063898794 (scipy)
 * @example
 * // Loss of ambulation's worst rank: −∞ is below every walker, tied with the other −∞ (values, then 6MWT rank keys).
 * decide(new MannWhitneyTest({ level: 0.05, sides: 2, sign: 1 }, 2), arms([-Infinity, -Infinity, 4.1, 5.2, 6.3, 5.0], [-Infinity, 6.0, 7.1, 5.8, 6.9, 7.4, 6.2])).p // → 0.07255695980 (scipy)
 * decide(new MannWhitneyTest({ level: 0.05, sides: 2, sign: 1 }, 2, (k) => 100 * Math.exp(k) - 100), arms([-Infinity, -40.0, -0.2, 0.1, 0.3, 0.05], [-Infinity, -Infinity, 0.4, 0.25, -0.1, 0.5, 0.35])).p // → 0.4294884617 (scipy)
 */
export class MannWhitneyTest implements ComparisonTest {
  /** Whether this trial's data were mapped back from keys to values. */
  private mapped = false;
  private readonly decision: NormalDecision;
  /** Holm/Hochberg fast path, present only when built with stepLevels (types.ts). */
  readonly firstLevel?: (ws: Workspace, i: number) => number;
  /** Cached subarray views per arm and length, for the native sort of long arms. */
  private readonly views: (Float64Array | undefined)[][];

  constructor(
    private readonly o: TestOptions,
    arms: number,
    private readonly fromKey: ((key: number) => number) | null = null,
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
    this.mapped = false;
  }

  /** Replaces every arm's keys by their values and sorts again (rare: see the class comment). */
  private mapToValues(ws: Workspace): void {
    const f = this.fromKey as (key: number) => number;
    for (let j = 0; j < ws.arms; j++) {
      const x = ws.data[j];
      // −∞ is loss of ambulation's worst-rank sentinel (sim/generators/unableToWalk.ts): it stays below every value.
      for (let r = 0; r < ws.m[j]; r++) if (x[r] !== -Infinity) x[r] = f(x[r]);
      sortPrefix(x, ws.m[j], this.views[j]);
    }
    this.mapped = true;
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
    let prev = -Infinity;
    let close = false;
    while (ia < na || ib < nb) {
      const v = ia < na && (ib >= nb || a[ia] <= b[ib]) ? a[ia] : b[ib];
      if (v - prev < KEY_GUARD) close = true;
      prev = v;
      let ca = 0;
      let cb = 0;
      while (ia < na && a[ia] === v) (ia++, ca++);
      while (ib < nb && b[ib] === v) (ib++, cb++);
      const t = ca + cb;
      rankSumA += ca * (rank + (t + 1) / 2);
      if (t > 1) ties += t * t * t - t;
      rank += t;
    }
    if (this.fromKey !== null && !this.mapped && (close || prev > KEY_RANGE || lowest(a, na) < -KEY_RANGE || lowest(b, nb) < -KEY_RANGE)) {
      this.mapToValues(ws);
      return this.statistic(ws, i);
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

/** The smallest finite value of a sorted arm, past any −∞ sentinels (+∞ when there is none). */
function lowest(x: Float64Array, m: number): number {
  let r = 0;
  while (r < m && x[r] === -Infinity) r++;
  return r < m ? x[r] : Infinity;
}

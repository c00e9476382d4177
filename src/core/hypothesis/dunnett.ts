import { dunnettCdf, dunnettCritical } from '../distributions/dunnett.ts';
import type { Workspace } from '../workspace.ts';
import { dunnettBounds, type DunnettBounds } from './dunnettBounds.ts';
import type { ManyToOneTest, TestOptions } from './types.ts';

/**
 * Dunnett's single-step many-to-one test (Dunnett 1955): the variance is pooled over all arms
 * (df = Σm − arms), T_i = (ȳi − ȳ0)/(s·√(1/mi + 1/m0)), and every T_i is compared with one critical
 * value c from the multivariate t law with correlations λiλj, λi = √(mi/(mi + m0)).
 *
 * c depends on each trial's completer counts. Solving for it per trial is costly, so with dropout the
 * decision uses the shared rigorous bounds of tests/dunnettBounds.ts (marginal t quantile ≤ c ≤ Šidák's
 * value, then equicorrelated values on a coarse grid cached for every grid point of the run); only a
 * statistic inside the narrow band left needs the exact rule, T > c ⇔ P(max T ≤ T) > 1 − α.
 * (Engine 0.1.0 kept a finer λ grid per grid point, whose critical values took most of a run's time;
 * the decisions are the same exact rule.) With no dropout the counts never change and the exact c is
 * computed once.
 * @example
 * const trial = arms([4.1, 5.2, 6.3, 5.0, 4.8, 5.9], [6.0, 7.1, 5.8, 6.9, 7.4, 6.2], [5.0, 5.6, 6.4, 4.9, 6.1, 5.3]);
 * decide(new DunnettTest({ level: 0.05, sides: 2, sign: 1 }, 3, true), trial, 2).stat // → 0.841754022664 (numpy)
 * decide(new DunnettTest({ level: 0.05, sides: 2, sign: 1 }, 3, true), trial, 2).p // → 0.6189345374 (R mvtnorm)
 */
export class DunnettTest implements ManyToOneTest {
  /** For the step-down: λ of a subset of the comparisons (subViews[c] = its first c entries). */
  private readonly sub: Float64Array;
  private readonly subViews: Float64Array[];
  private readonly shared: DunnettBounds;
  private readonly lambdas: Float64Array;
  private readonly lastM: Int32Array;
  private sp = NaN;
  private df = 0;
  /** Exact c for lastM with fixed counts (NaN otherwise). */
  private exact = NaN;

  /** `fixedCounts`: no dropout, so every trial has the planned counts and one exact c serves all. */
  constructor(
    private readonly o: TestOptions,
    arms: number,
    private readonly fixedCounts: boolean,
  ) {
    this.lambdas = new Float64Array(arms - 1);
    this.lastM = new Int32Array(arms).fill(-1);
    this.sub = new Float64Array(arms);
    this.subViews = Array.from({ length: arms + 1 }, (_, c) => this.sub.subarray(0, c));
    this.shared = dunnettBounds(o.level, o.sides);
  }

  prepare(ws: Workspace): void {
    let ss = 0;
    let df = 0;
    let same = true;
    for (let j = 0; j < ws.arms; j++) {
      ss += ws.ss[j];
      df += ws.m[j] - 1;
      if (ws.m[j] !== this.lastM[j]) same = false;
    }
    this.df = df;
    this.sp = df > 0 ? Math.sqrt(ss / df) : NaN;
    if (same) return;
    const m0 = ws.m[0];
    for (let j = 1; j < ws.arms; j++) {
      this.lambdas[j - 1] = Math.sqrt(ws.m[j] / (ws.m[j] + m0));
      this.lastM[j] = ws.m[j];
    }
    this.lastM[0] = m0;
    this.exact = this.fixedCounts && df > 0 ? dunnettCritical(this.o.level, this.lambdas, df, this.o.sides) : NaN;
  }

  statistic(ws: Workspace, i: number): number {
    const se = this.sp * Math.sqrt(1 / ws.m[i] + 1 / ws.m[0]);
    return (this.o.sign * (ws.mean[i] - ws.mean[0])) / se;
  }

  rejects(ws: Workspace, i: number): boolean {
    const t = ws.stat[i];
    const a = this.o.sides === 2 ? Math.abs(t) : t;
    if (this.exact === this.exact) return a > this.exact;
    if (this.fixedCounts) return false; // no df
    return this.shared.exceeds(a, this.lambdas, this.df, true);
  }

  /** Dunnett-adjusted p-value: P(max statistic ≥ observed) under the global null. */
  pValue(ws: Workspace, i: number): number {
    const t = ws.stat[i];
    if (t !== t) return 1;
    return 1 - dunnettCdf(this.o.sides === 2 ? Math.abs(t) : t, this.lambdas, this.df, this.o.sides);
  }

  /** One df for all comparisons, so the step-down orders them by the statistic itself. */
  significance(ws: Workspace, i: number): number {
    const t = ws.stat[i];
    return this.o.sides === 2 ? Math.abs(t) : t;
  }

  /** Step-down: c of the maximum over the comparisons still in play; the pooled variance (and df) stay those of all arms. */
  exceedsAmong(ws: Workspace, i: number, members: Int32Array, from: number, to: number): boolean {
    if (from === 0 && to === this.lambdas.length) return this.rejects(ws, i);
    const t = ws.stat[i];
    if (!(this.df > 0)) return false;
    for (let r = from; r < to; r++) this.sub[r - from] = this.lambdas[members[r] - 1];
    return this.shared.exceeds(this.o.sides === 2 ? Math.abs(t) : t, this.subViews[to - from], this.df, true);
  }
}

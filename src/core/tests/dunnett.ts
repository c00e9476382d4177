import { dunnettCdf, dunnettCritical } from '../dist/dunnett.ts';
import type { Workspace } from '../sim/workspace.ts';
import { dunnettBounds, type DunnettBounds } from './dunnettBounds.ts';
import type { ManyToOneTest, TestOptions } from './types.ts';

/** Grid for the bounding critical values: λ in steps of 1/400, df in steps of about 1%. */
const LAMBDA_STEPS = 400;
const MAX_CACHED = 20_000;

/**
 * Dunnett's single-step many-to-one test (Dunnett 1955): the variance is pooled over all arms
 * (df = Σm − arms), T_i = (ȳi − ȳ0)/(s·√(1/mi + 1/m0)), and every T_i is compared with one critical
 * value c from the multivariate t law with correlations λiλj, λi = √(mi/(mi + m0)).
 *
 * c depends on each trial's completer counts. Solving for it per trial is costly, so the decision uses
 * bounds: c falls as any λi rises (Šidák 1968 for |T|; Slepian 1962 one-sided) and as df rises, so
 * c(all λ = λmax↑, df↑) ≤ c ≤ c(all λ = λmin↓, df↓) on a coarse cached grid. Only a statistic inside
 * that narrow band needs the exact rule, T > c ⇔ P(max T ≤ T) > 1 − α, one CDF evaluation.
 * With no dropout the counts never change and the exact c is computed once.
 */
export class DunnettTest implements ManyToOneTest {
  private readonly bounds = new Map<number, number>();
  /** For the step-down: λ of a subset of the comparisons (subViews[c] = its first c entries). */
  private readonly sub: Float64Array;
  private readonly subViews: Float64Array[];
  private subBounds: DunnettBounds | null = null;
  private readonly lambdas: Float64Array;
  private readonly lastM: Int32Array;
  private sp = NaN;
  private df = 0;
  /** Exact c for lastM, or the bounds cLo ≤ c ≤ cHi when the counts changed. */
  private exact = NaN;
  private cLo = NaN;
  private cHi = NaN;

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
    let lmin = 1;
    let lmax = 0;
    const m0 = ws.m[0];
    for (let j = 1; j < ws.arms; j++) {
      const l = Math.sqrt(ws.m[j] / (ws.m[j] + m0));
      this.lambdas[j - 1] = l;
      if (l < lmin) lmin = l;
      if (l > lmax) lmax = l;
      this.lastM[j] = ws.m[j];
    }
    this.lastM[0] = m0;
    if (!(df > 0)) {
      this.exact = this.cLo = this.cHi = NaN;
    } else if (this.fixedCounts) {
      this.exact = dunnettCritical(this.o.level, this.lambdas, df, this.o.sides);
    } else {
      this.exact = NaN;
      const w = Math.max(1, Math.round(df / 100));
      this.cHi = this.bound(Math.floor(lmin * LAMBDA_STEPS), Math.max(1, Math.floor(df / w) * w));
      this.cLo = this.bound(Math.ceil(lmax * LAMBDA_STEPS), Math.ceil(df / w) * w);
    }
  }

  /** Equicorrelated critical value at λ = step/400 for all arms, cached. */
  private bound(step: number, df: number): number {
    const key = step * 1_000_003 + df;
    let c = this.bounds.get(key);
    if (c === undefined) {
      if (this.bounds.size >= MAX_CACHED) this.bounds.clear();
      const l = new Float64Array(this.lambdas.length).fill(Math.min(step / LAMBDA_STEPS, 0.999999));
      c = dunnettCritical(this.o.level, l, df, this.o.sides);
      this.bounds.set(key, c);
    }
    return c;
  }

  statistic(ws: Workspace, i: number): number {
    const se = this.sp * Math.sqrt(1 / ws.m[i] + 1 / ws.m[0]);
    return (this.o.sign * (ws.mean[i] - ws.mean[0])) / se;
  }

  rejects(ws: Workspace, i: number): boolean {
    const t = ws.stat[i];
    const a = this.o.sides === 2 ? Math.abs(t) : t;
    if (this.exact === this.exact) return a > this.exact;
    if (a > this.cHi) return true;
    if (!(a > this.cLo)) return false;
    return dunnettCdf(a, this.lambdas, this.df, this.o.sides) > 1 - this.o.level;
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
    this.subBounds ??= dunnettBounds(this.o.level, this.o.sides);
    return this.subBounds.exceeds(this.o.sides === 2 ? Math.abs(t) : t, this.subViews[to - from], this.df);
  }
}

import type { Workspace } from '../workspace.ts';
import { StepT } from './stepCritical.ts';
import { TCritical, tPValue } from './tCritical.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/**
 * Range of the variance of the mean difference inside which `rejects` may bracket the df by the arm
 * sizes: no square or quotient of the df formula underflows or overflows there, so the computed df
 * is the exact Satterthwaite df to ~1e-15 relative (much less than 1 in absolute terms).
 */
const V_MIN = 1e-100;
const V_MAX = 1e100;

/**
 * Welch's unequal-variance t-test with Satterthwaite df. The critical value falls with df, so a trial
 * is decided against the cached critical values at the integers either side of its (fractional) df;
 * the t CDF is evaluated only in the very narrow band between them. The df itself is computed only
 * when the arm sizes do not settle the decision (see `rejects`).
 * @example
 * decide(new WelchTest({ level: 0.05, sides: 2, sign: 1 }, 10, 2), arms([4.1, 5.2, 6.3, 5.0, 4.8, 5.9], [6.0, 7.1, 5.8, 6.9, 7.4, 6.2])).p // → 0.009422878364 (scipy)
 */
export class WelchTest implements ComparisonTest {
  private readonly crit: TCritical;
  /** Holm/Hochberg fast path, present only when built with stepLevels (types.ts). */
  readonly firstLevel?: (ws: Workspace, i: number) => number;
  /** Per comparison: the two variance terms ss/(m − 1)/m of the mean difference (control, treatment). */
  private readonly v0: Float64Array;
  private readonly vi: Float64Array;

  constructor(
    private readonly o: TestOptions,
    maxN: number,
    arms: number,
  ) {
    this.crit = new TCritical(o.level, o.sides, 2 * maxN);
    if (o.stepLevels) {
      const step = new StepT(o.stepLevels, o.sides, 2 * maxN);
      this.firstLevel = (ws, i) => step.first(ws.stat[i], this.df(ws, i));
    }
    this.v0 = new Float64Array(arms);
    this.vi = new Float64Array(arms);
  }

  prepare(): void {}

  statistic(ws: Workspace, i: number): number {
    const m0 = ws.m[0];
    const mi = ws.m[i];
    if (m0 < 2 || mi < 2) return Number.NaN; // not the global NaN: see normalSummary.ts
    const a = ws.ss[0] / (m0 - 1) / m0;
    const b = ws.ss[i] / (mi - 1) / mi;
    this.v0[i] = a;
    this.vi[i] = b;
    return (this.o.sign * (ws.mean[i] - ws.mean[0])) / Math.sqrt(a + b);
  }

  /** Satterthwaite df of comparison i (after `statistic`), always by the same operations, so the same bits. */
  private df(ws: Workspace, i: number): number {
    const a = this.v0[i];
    const b = this.vi[i];
    const v = a + b;
    return (v * v) / ((a * a) / (ws.m[0] - 1) + (b * b) / (ws.m[i] - 1));
  }

  rejects(ws: Workspace, i: number): boolean {
    return this.rejection(ws, i) === 1;
  }

  /**
   * `rejects` as 0 or 1. Each bound's answer is a number (`+(a > c)`, which V8 computes without a
   * branch), and the one branch is on whether the two bounds agree, which they almost always do:
   * returning at the first bound mispredicted with the trial's outcome (~15% of a shortcut trial).
   */
  rejection(ws: Workspace, i: number): number {
    const t = ws.stat[i];
    const a = this.o.sides === 2 ? Math.abs(t) : t;
    const v = this.v0[i] + this.vi[i];
    if (v > V_MIN && v < V_MAX) {
      // Satterthwaite's df lies between min(m0, mi) − 1 and m0 + mi − 2 (the first by (a + b)² ≥ a² + b²,
      // the second by Cauchy–Schwarz), so ⌊df⌋ ≥ min(m0, mi) − 2 and ⌊df⌋ + 1 ≤ m0 + mi − 1 even after
      // rounding. As the critical value falls with df, a statistic beyond crit(min − 2) rejects and one not
      // beyond crit(m0 + mi − 1) does not: the same answers, without the df. A NaN statistic passes neither.
      const m0 = ws.m[0];
      const mi = ws.m[i];
      const beyondLow = +(a > this.crit.get(Math.max(1, (m0 < mi ? m0 : mi) - 2)));
      if (beyondLow === +(a > this.crit.get(m0 + mi - 1))) return beyondLow;
    }
    if (a !== a) return 0; // no statistic
    return +this.rejectsByDf(ws, i, a);
  }

  /** The rare trial the arm sizes leave open (or a variance out of V_MIN…V_MAX): its df, else the t CDF. */
  private rejectsByDf(ws: Workspace, i: number, a: number): boolean {
    const df = this.df(ws, i);
    const lo = Math.floor(df);
    // crit(⌊df⌋) ≥ crit(df) ≥ crit(⌈df⌉): only a statistic between the two needs the t CDF.
    if (a > this.crit.get(Math.max(1, lo))) return true;
    if (!(a > this.crit.get(lo + 1))) return false;
    return this.pValue(ws, i) <= this.o.level;
  }

  pValue(ws: Workspace, i: number): number {
    return tPValue(ws.stat[i], this.df(ws, i), this.o.sides);
  }
}

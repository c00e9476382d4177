import type { Workspace } from '../sim/workspace.ts';
import { StepT } from './stepCritical.ts';
import { TCritical, tPValue } from './tCritical.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/**
 * Welch's unequal-variance t-test with Satterthwaite df. The critical value falls with df, so a trial
 * is decided against the cached critical values at the integers either side of its (fractional) df;
 * the t CDF is evaluated only in the very narrow band between them.
 */
export class WelchTest implements ComparisonTest {
  private readonly crit: TCritical;
  /** Holm/Hochberg fast path, present only when built with stepLevels (types.ts). */
  readonly firstLevel?: (ws: Workspace, i: number) => number;
  private readonly df: Float64Array;

  constructor(
    private readonly o: TestOptions,
    maxN: number,
    arms: number,
  ) {
    this.crit = new TCritical(o.level, o.sides, 2 * maxN);
    if (o.stepLevels) {
      const step = new StepT(o.stepLevels, o.sides, 2 * maxN);
      this.firstLevel = (ws, i) => step.first(ws.stat[i], this.df[i]);
    }
    this.df = new Float64Array(arms);
  }

  prepare(): void {}

  statistic(ws: Workspace, i: number): number {
    const m0 = ws.m[0];
    const mi = ws.m[i];
    if (m0 < 2 || mi < 2) return NaN;
    const a = ws.ss[0] / (m0 - 1) / m0;
    const b = ws.ss[i] / (mi - 1) / mi;
    const v = a + b;
    this.df[i] = (v * v) / ((a * a) / (m0 - 1) + (b * b) / (mi - 1));
    return (this.o.sign * (ws.mean[i] - ws.mean[0])) / Math.sqrt(v);
  }

  rejects(ws: Workspace, i: number): boolean {
    const t = ws.stat[i];
    const a = this.o.sides === 2 ? Math.abs(t) : t;
    const df = this.df[i];
    const lo = Math.floor(df);
    // crit(⌊df⌋) ≥ crit(df) ≥ crit(⌈df⌉): only a statistic between the two needs the t CDF.
    if (a > this.crit.get(Math.max(1, lo))) return true;
    if (!(a > this.crit.get(lo + 1))) return false;
    return this.pValue(ws, i) <= this.o.level;
  }

  pValue(ws: Workspace, i: number): number {
    return tPValue(ws.stat[i], this.df[i], this.o.sides);
  }
}

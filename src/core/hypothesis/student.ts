import type { Workspace } from '../workspace.ts';
import { StepT } from './stepCritical.ts';
import { TCritical, tPValue } from './tCritical.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/**
 * Student's two-sample t-test with the variance pooled over the two arms compared.
 * @example
 * decide(new StudentTest({ level: 0.05, sides: 2, sign: 1 }, 10, 2), arms([4.1, 5.2, 6.3, 5.0, 4.8, 5.9], [6.0, 7.1, 5.8, 6.9, 7.4, 6.2])).p // → 0.009025822058 (scipy)
 */
export class StudentTest implements ComparisonTest {
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
    const df = m0 + mi - 2;
    this.df[i] = df;
    if (m0 < 1 || mi < 1 || df < 1) return NaN;
    const sp2 = (ws.ss[0] + ws.ss[i]) / df;
    const se = Math.sqrt(sp2 * (1 / m0 + 1 / mi));
    return (this.o.sign * (ws.mean[i] - ws.mean[0])) / se;
  }

  rejects(ws: Workspace, i: number): boolean {
    const t = ws.stat[i];
    const a = this.o.sides === 2 ? Math.abs(t) : t;
    return a > this.crit.get(this.df[i]); // false for NaN
  }

  pValue(ws: Workspace, i: number): number {
    return tPValue(ws.stat[i], this.df[i], this.o.sides);
  }
}

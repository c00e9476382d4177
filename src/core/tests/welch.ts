import type { Workspace } from '../sim/workspace.ts';
import { TCritical, tPValue } from './tCritical.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/**
 * Welch's unequal-variance t-test with Satterthwaite df. Welch's df always lies in
 * [min(m0, mi) − 1, m0 + mi − 2] and the critical value falls with df, so most trials are decided
 * against the two cached integer-df bounds; the t CDF is evaluated only in the narrow band between.
 */
export class WelchTest implements ComparisonTest {
  private readonly crit: TCritical;
  private readonly df: Float64Array;

  constructor(
    private readonly o: TestOptions,
    maxN: number,
    arms: number,
  ) {
    this.crit = new TCritical(o.level, o.sides, 2 * maxN);
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
    const m0 = ws.m[0];
    const mi = ws.m[i];
    if (a > this.crit.get(Math.min(m0, mi) - 1)) return true;
    if (!(a > this.crit.get(m0 + mi - 2))) return false;
    return this.pValue(ws, i) <= this.o.level;
  }

  pValue(ws: Workspace, i: number): number {
    return tPValue(ws.stat[i], this.df[i], this.o.sides);
  }
}

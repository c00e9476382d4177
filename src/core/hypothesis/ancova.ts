import type { Workspace } from '../workspace.ts';
import { StepT } from './stepCritical.ts';
import { TCritical, tPValue } from './tCritical.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/**
 * ANCOVA of the outcome on arm and baseline covariate (common slope), fitted to the two arms
 * compared: the adjusted difference (ȳi − ȳ0) − b·(x̄i − x̄0) with b the pooled within-arm slope,
 * its standard error s·√(1/m0 + 1/mi + (x̄i − x̄0)²/Sxx), and t on m0 + mi − 3 df.
 * @example
 * decide(new AncovaTest({ level: 0.05, sides: 2, sign: 1 }, 10, 2), arms([4.1, 5.2, 6.3, 5.0, 4.8, 5.9], [6.0, 7.1, 5.8, 6.9, 7.4, 6.2], [[3.9, 5.0, 6.1, 5.2, 4.5, 5.5], [5.1, 6.8, 5.0, 6.0, 6.9, 5.6]])).p // → 0.002477940426 (numpy)
 */
export class AncovaTest implements ComparisonTest {
  private readonly crit: TCritical;
  /** Holm/Hochberg fast path, present only when built with stepLevels (types.ts). */
  readonly firstLevel?: (ws: Workspace, i: number) => number;
  private readonly df: Float64Array;
  /** Per-arm means of the covariate and within-arm Sxx, Sxy (outcome Syy is ws.ss). */
  private readonly mx: Float64Array;
  private readonly sxx: Float64Array;
  private readonly sxy: Float64Array;

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
    this.mx = new Float64Array(arms);
    this.sxx = new Float64Array(arms);
    this.sxy = new Float64Array(arms);
  }

  prepare(ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) {
      const m = ws.m[j];
      const x = ws.base[j];
      const y = ws.data[j];
      const my = ws.mean[j];
      let sum = 0;
      for (let t = 0; t < m; t++) sum += x[t];
      const mx = sum / m;
      let sxx = 0;
      let sxy = 0;
      for (let t = 0; t < m; t++) {
        const dx = x[t] - mx;
        sxx += dx * dx;
        sxy += dx * (y[t] - my);
      }
      this.mx[j] = mx;
      this.sxx[j] = sxx;
      this.sxy[j] = sxy;
    }
  }

  statistic(ws: Workspace, i: number): number {
    const m0 = ws.m[0];
    const mi = ws.m[i];
    const df = m0 + mi - 3;
    this.df[i] = df;
    const sxx = this.sxx[0] + this.sxx[i];
    if (df < 1 || !(sxx > 0)) return NaN;
    const sxy = this.sxy[0] + this.sxy[i];
    const b = sxy / sxx;
    const dx = this.mx[i] - this.mx[0];
    const adjusted = ws.mean[i] - ws.mean[0] - b * dx;
    const s2 = (ws.ss[0] + ws.ss[i] - b * sxy) / df;
    const se = Math.sqrt(s2 * (1 / m0 + 1 / mi + (dx * dx) / sxx));
    return (this.o.sign * adjusted) / se;
  }

  rejects(ws: Workspace, i: number): boolean {
    const t = ws.stat[i];
    return (this.o.sides === 2 ? Math.abs(t) : t) > this.crit.get(this.df[i]);
  }

  pValue(ws: Workspace, i: number): number {
    return tPValue(ws.stat[i], this.df[i], this.o.sides);
  }
}

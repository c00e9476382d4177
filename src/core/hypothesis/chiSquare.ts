import type { Workspace } from '../workspace.ts';
import { NormalDecision } from './normalCritical.ts';
import { StepNormal } from './stepCritical.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/**
 * Pearson's chi-square test for two proportions without continuity correction, as the signed
 * statistic z = (p̂i − p̂0)/√(p̄(1 − p̄)(1/m0 + 1/mi)); two-sided X² = z² > χ²₁ ⇔ |z| > z₁₋α/₂.
 * No rejection when every patient (or none) responded: the statistic is undefined.
 * @example
 * decide(new ChiSquareTest({ level: 0.05, sides: 2, sign: 1 }), binaryArms([12, 40], [22, 40])).p // → 0.02371864263 (scipy)
 */
export class ChiSquareTest implements ComparisonTest {
  private readonly decision: NormalDecision;
  /** Holm/Hochberg fast path, present only when built with stepLevels (types.ts). */
  readonly firstLevel?: (ws: Workspace, i: number) => number;

  constructor(private readonly o: TestOptions) {
    this.decision = new NormalDecision(o);
    if (o.stepLevels) {
      const step = new StepNormal(o.stepLevels, o.sides);
      this.firstLevel = (ws, i) => step.first(ws.stat[i]);
    }
  }

  prepare(): void {}

  statistic(ws: Workspace, i: number): number {
    const m0 = ws.m[0];
    const mi = ws.m[i];
    const x0 = ws.successes[0];
    const xi = ws.successes[i];
    const pbar = (x0 + xi) / (m0 + mi);
    const v = pbar * (1 - pbar) * (1 / m0 + 1 / mi);
    if (!(v > 0)) return NaN;
    return (this.o.sign * (xi / mi - x0 / m0)) / Math.sqrt(v);
  }

  rejects(ws: Workspace, i: number): boolean {
    return this.decision.rejects(ws.stat[i]);
  }

  pValue(ws: Workspace, i: number): number {
    return this.decision.pValue(ws.stat[i]);
  }
}

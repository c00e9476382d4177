import type { Workspace } from '../workspace.ts';
import { fisherPValues } from './fisherTable.ts';
import type { ComparisonTest, TestOptions } from './types.ts';

/** Bound on cached margin tables; the cache is cleared when it grows past this. */
const MAX_TABLES = 50_000;

/**
 * Fisher's exact test. The p-value depends only on the margins (m0, mi, s) and on x, so each margin's
 * whole p-value table is computed once (conditional hypergeometric law) and trials look it up.
 * One-sided: treatment better = more responders (fewer when lower is better).
 * @example
 * decide(new FisherTest({ level: 0.05, sides: 2, sign: 1 }), binaryArms([12, 40], [22, 40])).p // → 0.04107968623 (scipy)
 */
export class FisherTest implements ComparisonTest {
  /** (m0, mi) → p-value table per total responders s. */
  private readonly tables = new Map<number, (Float64Array | undefined)[]>();
  private count = 0;
  private readonly kind: 'two' | 'upper' | 'lower';

  constructor(private readonly o: TestOptions) {
    this.kind = o.sides === 2 ? 'two' : o.sign > 0 ? 'upper' : 'lower';
  }

  prepare(): void {}

  /**
   * Fisher's test has no statistic of its own: its p-value goes to ws.p[i], and the statistic stored
   * is the oriented difference in response proportions (positive = treatment better; 0 with an empty
   * arm), so that its sign tells the direction of a significant result as for every other test.
   */
  statistic(ws: Workspace, i: number): number {
    const m0 = ws.m[0];
    const mi = ws.m[i];
    const s = ws.successes[0] + ws.successes[i];
    const key = m0 * 2_097_152 + mi; // mi < 2^21
    let bySum = this.tables.get(key);
    if (bySum === undefined) {
      if (this.count >= MAX_TABLES) (this.tables.clear(), (this.count = 0));
      this.tables.set(key, (bySum = []));
    }
    let table = bySum[s];
    if (table === undefined) {
      table = bySum[s] = fisherPValues(m0, mi, s, this.kind);
      this.count++;
    }
    ws.p[i] = table[ws.successes[i] - Math.max(0, s - m0)];
    return m0 > 0 && mi > 0 ? this.o.sign * (ws.successes[i] / mi - ws.successes[0] / m0) : 0;
  }

  rejects(ws: Workspace, i: number): boolean {
    return ws.p[i] <= this.o.level;
  }

  pValue(ws: Workspace, i: number): number {
    return ws.p[i];
  }
}

import { tQuantile } from '../dist/studentT.ts';

/**
 * Critical values of Student's t at one level for integer df, computed once per df and cached, so
 * the trial loop compares a statistic with a number instead of evaluating a CDF.
 */
export class TCritical {
  private readonly table: Float64Array;
  private readonly q: number;

  constructor(level: number, sides: 1 | 2, maxDf: number) {
    this.q = 1 - level / sides;
    this.table = new Float64Array(maxDf + 1).fill(NaN);
  }

  /** The critical value for df ≥ 1. */
  get(df: number): number {
    let c = this.table[df];
    if (c !== c) {
      c = tQuantile(this.q, df);
      this.table[df] = c;
    }
    return c;
  }
}

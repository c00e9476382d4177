import { tQuantile, tSf } from '../distributions/studentT.ts';

/**
 * Critical values of Student's t at one level for integer df, computed once per df and cached, so
 * the trial loop compares a statistic with a number instead of evaluating a CDF.
 * @example
 * new TCritical(0.05, 2, 100).get(10) // → 2.22813885199 (scipy)
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
      // Unary plus: a number-typed result lets V8 return the cached double unboxed (no heap number per call).
      c = +tQuantile(this.q, df);
      this.table[df] = c;
    }
    return c;
  }
}

/**
 * p-value of an oriented t statistic: upper tail (one-sided) or both tails (two-sided); 1 for NaN.
 * @example
 * tPValue(2.2, 30, 2) // → 0.0356484399968 (scipy)
 */
export function tPValue(t: number, df: number, sides: 1 | 2): number {
  if (t !== t) return 1;
  return sides === 2 ? Math.min(1, 2 * tSf(Math.abs(t), df)) : tSf(t, df);
}

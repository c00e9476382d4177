import { normalQuantile, normalSf } from '../distributions/normal.ts';
import type { TestOptions } from './types.ts';

/**
 * Decision and p-value for an oriented, asymptotically standard-normal statistic.
 * @example
 * new NormalDecision({ level: 0.05, sides: 2, sign: 1 }).pValue(1.96) // → 0.0499957902964 (scipy)
 * new NormalDecision({ level: 0.05, sides: 2, sign: 1 }).rejects(1.97) // → true (scipy)
 */
export class NormalDecision {
  private readonly crit: number;

  constructor(private readonly o: TestOptions) {
    this.crit = normalQuantile(1 - o.level / o.sides);
  }

  rejects(z: number): boolean {
    return (this.o.sides === 2 ? Math.abs(z) : z) > this.crit;
  }

  pValue(z: number): number {
    if (z !== z) return 1;
    return this.o.sides === 2 ? Math.min(1, 2 * normalSf(Math.abs(z))) : normalSf(z);
  }
}

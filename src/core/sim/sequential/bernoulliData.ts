import type { RandomStream } from '../../random/index.ts';
import type { Workspace } from '../../workspace.ts';
import type { TrialGenerator } from '../generators/types.ts';

/**
 * Every patient's 0/1 outcome, Bernoulli(p) by inversion of one uniform each. An interim design needs the
 * patients in randomisation order (a look analyses a prefix), which the binomial count shortcut cannot give.
 */
export class BernoulliDataGenerator implements TrialGenerator {
  constructor(private readonly p: Float64Array) {}

  setArmValue(j: number, value: number): void {
    this.p[j] = value;
  }

  generate(stream: RandomStream, ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) {
      const m = ws.m[j];
      const x = ws.data[j];
      const p = this.p[j];
      let s = 0;
      for (let i = 0; i < m; i++) {
        const y = stream.uniform() < p ? 1 : 0;
        x[i] = y;
        s += y;
      }
      ws.successes[j] = s;
    }
  }
}

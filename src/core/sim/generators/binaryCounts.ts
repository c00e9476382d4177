import { BinomialCache, BinomialSampler, binomialFromMode, type RandomStream } from '../../random/index.ts';
import type { Workspace } from '../../workspace.ts';
import type { TrialGenerator } from './types.ts';

/**
 * Responders per arm ~ Binomial(completers, p), drawn by exact inversion (no per-patient draws):
 * against cached tables while p is fixed, by search from the mode once a prior varies p per trial.
 */
export class BinaryCountsGenerator implements TrialGenerator {
  private readonly full: BinomialSampler[];
  private readonly cache = new BinomialCache();
  private varying = false;

  /** `toRate(j, value)` turns an analysed value into a response rate (identity for binary arms). */
  constructor(
    private readonly n: readonly number[],
    private readonly p: Float64Array,
    private readonly toRate: (j: number, value: number) => number = (_j, v) => v,
  ) {
    this.full = n.map((ni, j) => new BinomialSampler(ni, p[j]));
  }

  setArmValue(j: number, value: number): void {
    this.p[j] = this.toRate(j, value);
    this.varying = true;
  }

  generate(stream: RandomStream, ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) {
      const m = ws.m[j];
      if (this.varying) {
        ws.successes[j] = binomialFromMode(stream, m, this.p[j]);
        continue;
      }
      const sampler = m === this.n[j] ? this.full[j] : this.cache.get(m, this.p[j]);
      ws.successes[j] = sampler.sample(stream);
    }
  }
}

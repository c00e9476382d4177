import { BinomialCache, BinomialSampler, type RandomStream } from '../../random/index.ts';
import type { Workspace } from '../workspace.ts';
import type { TrialGenerator } from './types.ts';

/** Responders per arm ~ Binomial(completers, p), drawn by exact inversion (no per-patient draws). */
export class BinaryCountsGenerator implements TrialGenerator {
  private readonly full: BinomialSampler[];
  private readonly cache = new BinomialCache();

  constructor(
    private readonly n: readonly number[],
    private readonly p: Float64Array,
  ) {
    this.full = n.map((ni, j) => new BinomialSampler(ni, p[j]));
  }

  generate(stream: RandomStream, ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) {
      const m = ws.m[j];
      const sampler = m === this.n[j] ? this.full[j] : this.cache.get(m, this.p[j]);
      ws.successes[j] = sampler.sample(stream);
    }
  }
}

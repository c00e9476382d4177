import { BinomialSampler, type RandomStream } from '../random/index.ts';

/**
 * Completers per arm: each patient is independently lost with the arm's dropout probability
 * (analysis on completers), so the count is Binomial(n, 1 − dropout), drawn by exact inversion.
 */
export class Completers {
  private readonly samplers: (BinomialSampler | null)[];
  /** No arm has dropout: draw() always writes the planned sizes and consumes no random numbers. */
  readonly fixed: boolean;

  constructor(
    private readonly n: readonly number[],
    dropout: readonly number[],
  ) {
    this.samplers = n.map((ni, i) => (dropout[i] > 0 ? new BinomialSampler(ni, 1 - dropout[i]) : null));
    this.fixed = this.samplers.every((sampler) => sampler === null);
  }

  draw(stream: RandomStream, out: Int32Array): void {
    for (let j = 0; j < this.n.length; j++) {
      const s = this.samplers[j];
      out[j] = s === null ? this.n[j] : s.sample(stream);
    }
  }
}

import type { RandomStream } from '../../random/index.ts';
import type { Workspace } from '../../workspace.ts';
import type { TrialGenerator } from './types.ts';

/**
 * Exact shortcut for normal data analysed by t-tests: for m completers from N(mu, sd²) the sample
 * mean is N(mu, sd²/m) and (m − 1)·s²/sd² is χ²(m − 1), independent of the mean (Cochran's theorem),
 * so two draws replace m normal draws per arm.
 */
export class NormalSummaryGenerator implements TrialGenerator {
  constructor(
    private readonly mu: Float64Array,
    private readonly sd: Float64Array,
  ) {}

  setArmValue(j: number, value: number): void {
    this.mu[j] = value;
  }

  generate(stream: RandomStream, ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) {
      const m = ws.m[j];
      const sd = this.sd[j];
      // Two stores, not `m > 0 ? … : NaN`: a never-run branch reading the global NaN is an untyped value
      // to V8, which then boxes the hot branch's double into a heap number on every trial.
      if (m > 0) ws.mean[j] = this.mu[j] + (sd * stream.normal()) / Math.sqrt(m);
      else ws.mean[j] = Number.NaN;
      ws.ss[j] = m > 1 ? sd * sd * stream.chiSquare(m - 1) : 0;
    }
  }
}

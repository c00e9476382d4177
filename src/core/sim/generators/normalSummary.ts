import { SQUEEZE_MARGIN, type RandomStream } from '../../random/index.ts';
import type { Workspace } from '../../workspace.ts';
import type { TrialGenerator } from './types.ts';

/**
 * Exact shortcut for normal data analysed by t-tests: for m completers from N(mu, sd²) the sample
 * mean is N(mu, sd²/m) and (m − 1)·s²/sd² is χ²(m − 1), independent of the mean (Cochran's theorem),
 * so two draws replace m normal draws per arm.
 */
export class NormalSummaryGenerator implements TrialGenerator {
  /** Marsaglia–Tsang's d and c for the last completer count m drawn (see generate). */
  private m = 0;
  private d = 0;
  private c = 0;

  constructor(
    private readonly mu: Float64Array,
    private readonly sd: Float64Array,
  ) {}

  setArmValue(j: number, value: number): void {
    this.mu[j] = value;
  }

  /**
   * For df = m − 1 ≥ 2 (shape df/2 ≥ 1, no boost) χ²(df) = 2·Gamma(df/2) by GammaSampler.sample's loop
   * written out here: the same operations on the same draws, so the same bits as stream.chiSquare(df)
   * (tests/core/sim/summaryGamma.test.ts). Here V8 inlines the loop's normal and uniform draws into the
   * trial; as a call to stream.chiSquare its inlining budget ran out and each call boxed its result
   * (measured ~15% of a Welch trial). The squeezes, and why they keep every bit: random/gamma.ts.
   * Its bytecode (~470 bytes in Node 20) is above V8's inlining limit (460), so the trial loop calls it
   * and it inlines its own draws; inlined into runChunk at 459 bytes, it sometimes left its normal()
   * draws and the test's statistic as calls returning boxed numbers (~13 instead of ~15 M trials/s).
   */
  generate(stream: RandomStream, ws: Workspace): void {
    for (let j = 0; j < ws.arms; j++) {
      const m = ws.m[j];
      const sd = this.sd[j];
      // Two stores, not `m > 0 ? … : NaN`: a never-run branch reading the global NaN is an untyped value
      // to V8, which then boxes the hot branch's double into a heap number on every trial.
      if (m > 0) ws.mean[j] = this.mu[j] + (sd * stream.normal()) / Math.sqrt(m);
      else ws.mean[j] = Number.NaN;
      if (m <= 2) {
        // χ²(1) = Z², drawn as stream.chiSquare(1) draws it.
        if (m === 2) {
          const z = stream.normal();
          ws.ss[j] = sd * sd * (z * z);
        } else ws.ss[j] = 0;
        continue;
      }
      if (m !== this.m) this.target(m);
      const d = this.d;
      const c = this.c;
      const q = 1.5 * d;
      let g: number;
      for (;;) {
        const z = stream.normal();
        let v = 1 + c * z;
        if (v <= 0) continue;
        v = v * v * v;
        const u = stream.uniform();
        const z2 = z * z;
        const x = c * z;
        const x2 = x * x;
        if (
          (x >= -0.5 && u < 1 - q * x2 * x2 - SQUEEZE_MARGIN) ||
          u < 1 - 0.0331 * z2 * z2 ||
          Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))
        ) {
          g = d * v;
          break;
        }
      }
      ws.ss[j] = sd * sd * (2 * g);
    }
  }

  /** The constants for m completers, as GammaSampler.setShape computes them for shape (m − 1)/2. */
  private target(m: number): void {
    this.m = m;
    this.d = 0.5 * (m - 1) - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
  }
}

// Gamma(shape, scale = 1) variates.
//
// Marsaglia & Tsang (2000), "A Simple Method for Generating Gamma Variables",
// ACM TOMS 26(3): for shape a >= 1 take d = a - 1/3, c = 1/sqrt(9d) and
// propose d(1 + cZ)^3 with Z standard normal; accept with the exact log test,
// preceded by the squeeze u < 1 - 0.0331 z^4 that settles over 90% of draws
// without a logarithm. Proposals per draw: 1.05 at a = 1, falling towards 1.
//
// For 0 < a < 1 the same paper's boost is used: if G ~ Gamma(a + 1) and
// U ~ U(0,1) independent, G * U^(1/a) ~ Gamma(a). This is exact (it is
// Stuart's theorem), so chi-square with df = 1 (a = 0.5) needs no special case.

import type { RandomSource } from './source.ts';

/** Absolute slack of the second squeeze (see GammaSampler.squeeze). */
export const SQUEEZE_MARGIN = 1e-9;

/** Marsaglia-Tsang constants for one shape; re-targeted in place (no allocation) when the shape changes. */
export class GammaSampler {
  private current = NaN;
  /** d = a' - 1/3 where a' = shape, or shape + 1 when boosting. */
  private d = 0;
  /** c = 1 / sqrt(9 d). */
  private c = 0;
  /** 1 / shape when shape < 1 (boost exponent), else 0. */
  private invShape = 0;

  /** Creates a sampler for `shape` (> 0, finite). */
  constructor(shape: number) {
    this.setShape(shape);
  }

  /** Validates `shape` and recomputes d, c and the boost exponent. */
  setShape(shape: number): void {
    if (!(shape > 0 && shape < Infinity)) throw new RangeError(`gamma shape must be finite and > 0, got ${shape}`);
    const boosted = shape < 1;
    this.d = (boosted ? shape + 1 : shape) - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
    this.invShape = boosted ? 1 / shape : 0;
    this.current = shape;
  }

  /** The shape currently targeted. */
  get shape(): number {
    return this.current;
  }

  /** Draws one Gamma(shape, 1) variate from `s`. */
  sample(s: RandomSource): number {
    // The loop is written out here rather than in a helper: one call level
    // less lets V8 inline normal() and uniform() into it (~1.5x faster).
    // sim/generators/normalSummary.ts runs a copy of this loop (shape ≥ 1) inside its trial; change both
    // (tests/core/sim/summaryGamma.test.ts holds the copy to this sampler's bits).
    //
    // The first squeeze is ours, tight for large shapes, and accepts only where the exact test accepts, so
    // draws and results keep every bit. With x = cZ and dc² = 1/9 the exact test's right side
    // 0.5Z² + d(1 − v + log v) equals 3d·R(x), R(x) = log(1 + x) − x + x²/2 − x³/3, and R(x) ≥ −x⁴/2 for
    // x ≥ −1/2 (x ≥ 0: R′ = −x³/(1 + x) ≥ −x³ gives R ≥ −x⁴/4; −1/2 ≤ x < 0: every term of R's series is
    // negative and Σ_{k≥4} |x|^k/k ≤ x⁴/(4(1 + x)) ≤ x⁴/2). As log u ≤ u − 1, u < 1 − 1.5·d·x⁴ passes the
    // exact test; SQUEEZE_MARGIN, far above the ~1e-13 rounding of that test's floating-point sum, makes it
    // pass the floating-point test too. Marsaglia–Tsang's own squeeze u < 1 − 0.0331·Z⁴ left ~8% of draws
    // at shape 24.5 to the logarithms and a mispredicted branch.
    const d = this.d;
    const c = this.c;
    const q = 1.5 * d;
    let g: number;
    for (;;) {
      const z = s.normal();
      let v = 1 + c * z;
      if (v <= 0) continue; // (1 + cZ)^3 must be positive; rejecting keeps the method exact
      v = v * v * v;
      const u = s.uniform();
      const z2 = z * z;
      // Squeezes first; the exact test needs two logarithms (each a call into C, ~20 ns here).
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
    if (this.invShape === 0) return g;
    // Boost for shape < 1: U^(1/a). exp/log cost ~20 ns, so shape 1/2 (chi-square
    // with 1 df) squares instead; uniform() is never 0, so the log is finite.
    const u = s.uniform();
    // The unary plus keeps this return a double when the branch has never run (no call feedback);
    // otherwise V8 may box g on every draw to merge it with an untyped result. Same value.
    return this.invShape === 2 ? g * u * u : g * +Math.exp(Math.log(u) * this.invShape);
  }
}

// Exact standard normal sampling with a 128-layer ziggurat.
//
// Marsaglia & Tsang (2000), "The Ziggurat Method for Generating Random
// Variables", J. Stat. Softw. 5(8). The area under f(x) = exp(-x^2/2), x >= 0,
// is covered by 128 layers of equal area v: 127 rectangles stacked on a base
// strip (rectangle [0, r] x [0, f(r)] plus the tail x > r). A draw picks a
// layer uniformly and an abscissa uniformly inside it; 97.2% of the time the
// point lies under the next layer up and is accepted with no further work.
//
// The flaw of the original code: its RNOR takes the layer index from the low
// 7 bits of the same 32-bit word that is scaled into the abscissa, so index
// and abscissa share bits and are correlated. Leong, Zhang, Lee, Luk &
// Villasenor (2005), "A Comment on the Implementation of the Ziggurat Method"
// (J. Stat. Softw. 12(7)), showed the published generator fails chi-square
// tests (and also replaced its weak SHR3 source by KISS); Doornik (2005), "An
// Improved Ziggurat Method to Generate Normal Random Samples", traced the
// failures to this bit sharing. Here one 32-bit word is *split*: bits 0-6
// select the layer, bits 7-31 form a signed 25-bit abscissa (sign + 24-bit
// magnitude). The fields are disjoint, so for a generator with independent
// bits they are independent, and it still costs one generator step.
// Resolution: abscissae in layer i are spaced x_i 2^-24 apart (<= 2.2e-7).
//
// The constants r and v are not copied from the paper: r is solved at module
// load so that the 128 layers close exactly (top layer area == v) in double
// precision, and v uses an accurate tail integral. That keeps the layer
// areas equal to ~1e-13 relative, which is what makes the method exact.

import type { RandomSource } from './source.ts';

const LAYERS = 128;
/** Abscissa fields are ((u >> 7) + 0.5) in (-2^24, 2^24); scale maps them onto (-x_i, x_i). */
const FIELD = 2 ** 24;

const f = (x: number): number => Math.exp(-0.5 * x * x);

/** Upper tail integral of exp(-t^2/2) from x, by the Laplace continued fraction for Mills' ratio. */
function tailIntegral(x: number): number {
  // Converges fast for x > 3 (the ziggurat needs x ~ 3.44); evaluated bottom-up.
  let cf = x;
  for (let k = 300; k >= 1; k--) cf = x + k / cf;
  return f(x) / cf;
}

/** Fills x_0..x_127 for base-strip edge r; returns the closure error f(x_127) + v/x_127 - 1 (0 when exact). */
function buildEdges(r: number, x: Float64Array): number {
  const v = r * f(r) + tailIntegral(r);
  x[0] = v / f(r);
  x[1] = r;
  for (let i = 1; i < LAYERS - 1; i++) {
    const y = f(x[i]) + v / x[i];
    // Layers too thick: the stack overshoots the mode before layer 127.
    if (y >= 1) return Infinity;
    x[i + 1] = Math.sqrt(-2 * Math.log(y));
  }
  return f(x[LAYERS - 1]) + v / x[LAYERS - 1] - 1;
}

/** Solves for r by bisection, leaving the final edges in x. */
function solveR(x: Float64Array): number {
  // The closure error decreases in r; bisect until the bracket stops shrinking.
  let lo = 3;
  let hi = 4;
  for (let it = 0; it < 200; it++) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    if (buildEdges(mid, x) > 0) lo = mid;
    else hi = mid;
  }
  buildEdges(hi, x);
  x[LAYERS] = 0;
  return hi;
}

const edges = new Float64Array(LAYERS + 1);
/** Right edge r of the base strip (~3.442619855899 in Marsaglia & Tsang). */
export const ZIG_R = solveR(edges);
/** Common layer area v (~9.91256303526217e-3 in Marsaglia & Tsang). */
export const ZIG_V = ZIG_R * f(ZIG_R) + tailIntegral(ZIG_R);
/** Layer edges x_0..x_128 (x_0 = v/f(r) is the base strip's virtual width, x_128 = 0). */
export const ZIG_X: Float64Array = edges;
/** Multiplier taking the signed 25-bit field to an abscissa in (-x_i, x_i). */
export const ZIG_SCALE = new Float64Array(LAYERS);
/** |x| below x_{i+1} lies under the curve for certain: accept without evaluating exp. */
export const ZIG_INNER = new Float64Array(LAYERS);
/** f(x_i) for i = 1..128 (index 0 unused): the vertical extent of layer i is [F_i, F_{i+1}]. */
export const ZIG_F = new Float64Array(LAYERS + 1);
for (let i = 0; i < LAYERS; i++) {
  ZIG_SCALE[i] = edges[i] / FIELD;
  ZIG_INNER[i] = edges[i + 1];
}
for (let i = 1; i <= LAYERS; i++) ZIG_F[i] = f(edges[i]);
ZIG_F[LAYERS] = 1;

/** Draws from the normal tail beyond ZIG_R exactly (Marsaglia 1964). */
export function normalTail(s: RandomSource): number {
  // Exponential proposal r + E/r accepted with probability exp(-E^2 / (2 r^2)).
  for (;;) {
    const a = -Math.log(s.uniform()) / ZIG_R;
    const b = -Math.log(s.uniform());
    if (b + b >= a * a) return ZIG_R + a;
  }
}

/** Slow path of the ziggurat: resolves a draw (layer i, abscissa x) that missed the inner rectangle. */
export function normalSlow(s: RandomSource, i: number, x: number): number {
  for (;;) {
    if (i === 0) {
      // |x| >= r in the base strip: the point is in the tail. The sign bit is
      // independent of the magnitude, so it can be reused for the tail draw.
      return x < 0 ? -normalTail(s) : normalTail(s);
    }
    // Wedge: a height uniform in [f(x_i), f(x_{i+1})] must fall under f(x).
    const lower = ZIG_F[i];
    if (lower + s.uniform() * (ZIG_F[i + 1] - lower) < f(x)) return x;
    // Rejected: restart from a fresh layer choice (partial restarts would bias it).
    const u = s.int32();
    i = u & 127;
    x = ((u >> 7) + 0.5) * ZIG_SCALE[i];
    if (Math.abs(x) < ZIG_INNER[i]) return x;
  }
}

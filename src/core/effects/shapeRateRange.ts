import { normalCdf, normalSf } from '../distributions/normal.ts';
import type { ShapePrior } from './shapePrior.ts';

/** A weighted shape whose response rate at one treatment arm leaves (0, 1) at the planned anchor. */
export interface ShapeRateOutside {
  shape: number;
  arm: number;
  rate: number;
}

/**
 * On a binary endpoint, each treatment arm's rate under every shape with weight > 0, at the planned top-dose
 * difference (no prior draw), that is not strictly inside (0, 1): a rate of 0 or 1 has no log-odds and a rate outside
 * would be no rate at all, so validation refuses these.
 * @example shapeRatesOutside(p) // → [{ shape: 2, arm: 1, rate: 1.595 }, { shape: 2, arm: 2, rate: 2.18 }] (placebo 0.2, T = 0.72, umbrella d − 0.045d² at doses 5, 10, 20)
 */
export function shapeRatesOutside(p: ShapePrior): ShapeRateOutside[] {
  const out: ShapeRateOutside[] = [];
  p.weights.forEach((w, m) => {
    if (!(w > 0)) return;
    for (let j = 1; j < p.unit[m].length; j++) {
      const rate = p.value(m, j, p.topPlanned);
      if (!(rate > 0 && rate < 1)) out.push({ shape: m, arm: j, rate });
    }
  });
  return out;
}

/**
 * The probability that an assurance trial's rates leave [0, 1] somewhere (and are held at 0 or 1, as the effect prior
 * holds any rate), in closed form: for shape m arm j's rate r₀ + T·uⱼ stays in [0, 1] for T in an interval, the
 * intersection over arms is [lo, hi], and T = topPlanned + topWeight·ε with ε ~ N(0, sd²). `byShape[m]` is that
 * probability for a trial that drew shape m; `share` averages it with the weights. All 0 without an effect prior
 * (sd 0: the planned anchor, which validation keeps inside).
 * @example shapeClampShare(p, 0.25).byShape[0] // → 0.14244 (Emax, placebo 0.3, T = 0.36 + 1.2ε: Φ(−0.66/0.3) + Φ(−0.34/0.3), scipy)
 */
export function shapeClampShare(p: ShapePrior, sd: number): { share: number; byShape: number[] } {
  const byShape = p.weights.map((w, m) => {
    if (!(w > 0) || !(sd > 0) || p.topWeight === 0) return 0;
    let lo = -Infinity;
    let hi = Infinity;
    const r0 = p.control;
    for (let j = 1; j < p.unit[m].length; j++) {
      const u = p.unit[m][j];
      if (u > 0) [lo, hi] = [Math.max(lo, -r0 / u), Math.min(hi, (1 - r0) / u)];
      if (u < 0) [lo, hi] = [Math.max(lo, (1 - r0) / u), Math.min(hi, -r0 / u)];
    }
    // ε in [a, b] keeps every rate inside; the two tails are the clamped draws.
    const [a, b] = [(lo - p.topPlanned) / p.topWeight, (hi - p.topPlanned) / p.topWeight].sort((x, y) => x - y);
    return normalCdf(a / sd) + normalSf(b / sd);
  });
  return { share: byShape.reduce((acc, x, m) => acc + p.weights[m] * x, 0), byShape };
}

import { rateClampShare } from './priorRateRange.ts';
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
 * holds any rate), in closed form: for shape m arm j's rate is r₀ + T·uⱼ with T = topPlanned + topWeight·ε and
 * ε ~ N(0, sd²), a line in ε (rateClampShare). `byShape[m]` is that probability for a trial that drew shape m;
 * `share` averages it with the weights. All 0 without an effect prior (sd 0: the planned anchor, which validation
 * keeps inside).
 * @example shapeClampShare(p, 0.25).byShape[0] // → 0.14244 (Emax, placebo 0.3, T = 0.36 + 1.2ε: Φ(−0.66/0.3) + Φ(−0.34/0.3), scipy)
 */
export function shapeClampShare(p: ShapePrior, sd: number): { share: number; byShape: number[] } {
  const byShape = p.weights.map((w, m) => {
    if (!(w > 0)) return 0;
    const u = p.unit[m].subarray(1);
    return rateClampShare(u.map((x) => p.control + p.topPlanned * x), u.map((x) => p.topWeight * x), sd);
  });
  return { share: byShape.reduce((acc, x, m) => acc + p.weights[m] * x, 0), byShape };
}

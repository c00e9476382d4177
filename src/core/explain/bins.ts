/** Equal-width bins over [lo, hi); values outside go to the end bins (so every trial is counted). */
export interface Bins {
  lo: number;
  width: number;
  count: number;
}

/**
 * The bin index of x, clamped to the end bins.
 * @example binIndex({lo: -1, width: 0.5, count: 4}, 0.2) // → 2
 */
export function binIndex(b: Bins, x: number): number {
  const i = Math.floor((x - b.lo) / b.width + 1e-9);
  return i < 0 ? 0 : i >= b.count ? b.count - 1 : i;
}

/**
 * Bins of a width from a small "nice" set covering centre ± halfRange, with a bin edge on `centre`.
 * @example niceBins(0, 30, 40) // → {lo: -30, width: 1.5, count: 40}
 */
export function niceBins(centre: number, halfRange: number, target: number): Bins {
  const raw = (2 * halfRange) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const width = [1, 1.5, 2, 2.5, 5, 10].map((m) => m * mag).find((w) => w >= raw * 0.999) ?? 10 * mag;
  const half = Math.ceil(halfRange / width);
  return { lo: centre - half * width, width, count: 2 * half };
}

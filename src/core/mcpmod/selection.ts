/**
 * Dose arms (1..k) in increasing dose, ties by arm index: the order in which "best" and "minimum effective" doses are
 * searched, so that among equals the lower dose wins.
 * @example doseOrder([0, 20, 5, 10]) // → Int32Array [2, 3, 1]
 */
export function doseOrder(doses: readonly number[]): Int32Array {
  const idx = Array.from({ length: Math.max(doses.length - 1, 0) }, (_, i) => i + 1);
  idx.sort((a, b) => doses[a] - doses[b] || a - b);
  return Int32Array.from(idx);
}

/**
 * The dose arm with the largest sign-oriented mean (the lowest dose among ties); 0 when every mean is NaN.
 * Allocation-free, for the per-trial loop.
 * @example bestDoseArm([0, 1, 3, 2], Int32Array.of(1, 2, 3), 1) // → 2
 */
export function bestDoseArm(means: ArrayLike<number>, order: Int32Array, sign: number): number {
  let best = 0;
  let top = -Infinity;
  for (let r = 0; r < order.length; r++) {
    const v = sign * means[order[r]];
    if (v > top) {
      top = v;
      best = order[r];
    }
  }
  return best;
}

/**
 * The minimum effective dose arm: the lowest dose whose sign-oriented difference from the control (arm 0) is ≥ Δ;
 * 0 when none is (or Δ is NaN). Allocation-free.
 * @example medDoseArm([0, 0.2, 0.6, 0.9], Int32Array.of(1, 2, 3), 1, 0.5) // → 2
 */
export function medDoseArm(means: ArrayLike<number>, order: Int32Array, sign: number, delta: number): number {
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    if (sign * (means[i] - means[0]) >= delta) return i;
  }
  return 0;
}

import { wilsonInterval } from '../results/wilson.ts';

/**
 * 95% interval for a difference of two proportions p₁ − p₀ by Newcombe's hybrid score method
 * (Newcombe 1998, Stat Med 17:873, method 10): each rate's Wilson interval, combined by
 * squares. Rates may come from non-integer counts (a reported percentage of n).
 * @example newcombeInterval(56 / 70, 70, 48 / 80, 80) // → [0.0524, 0.3339]
 */
export function newcombeInterval(p1: number, n1: number, p0: number, n0: number, z = 1.959963984540054): [number, number] {
  const [l1, u1] = wilsonInterval(p1 * n1, n1, z);
  const [l0, u0] = wilsonInterval(p0 * n0, n0, z);
  const d = p1 - p0;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u0 - p0) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p0 - l0) ** 2)];
}

/**
 * Where a curve first reaches `target`, by linear interpolation between grid points (x ascending);
 * null if it never does.
 * @example crossing([{x: 0, y: 0.5}, {x: 1, y: 0.9}], 0.8) // → 0.75
 */
export function crossing(pts: readonly { x: number; y: number }[], target: number): number | null {
  for (let i = 0; i < pts.length; i++) {
    if (!(pts[i].y >= target)) continue;
    if (i === 0) return pts[0].x;
    const a = pts[i - 1];
    const b = pts[i];
    return a.x + ((target - a.y) / (b.y - a.y)) * (b.x - a.x);
  }
  return null;
}

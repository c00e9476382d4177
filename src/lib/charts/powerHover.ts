/** Which simulated n the pointer or the arrow keys are on, and the values there (pure, no DOM). */
import { bisectCenter } from 'd3-array';
import { r1 } from './chartText.ts';
import type { PowerChartLayout } from './powerChartLayout.ts';

export interface HoverRow {
  arm: string;
  color: string;
  power: number;
  lo: number;
  hi: number;
  mcse: number;
  analytic: number | null;
  /** Assurance at this n (design prior), or null. */
  assurance: number | null;
  /** y pixel of the simulated power. */
  y: number;
}

export interface HoverPoint {
  /** Index into layout.ns. */
  index: number;
  n: number;
  x: number;
  rows: HoverRow[];
}

/** The hover state for the index-th distinct n (clamped), or null when there are no points. */
export function hoverAt(layout: PowerChartLayout, index: number): HoverPoint | null {
  if (layout.ns.length === 0) return null;
  const i = Math.max(0, Math.min(layout.ns.length - 1, Math.round(index)));
  const n = layout.ns[i];
  const rows: HoverRow[] = [];
  for (const s of layout.series) {
    const p = s.points.find((q) => q.n === n);
    const a = layout.assuranceAt.get(s.arm)?.get(n) ?? null;
    if (p) rows.push({ arm: s.arm, color: s.color, power: p.power, lo: p.lo, hi: p.hi, mcse: p.mcse, analytic: p.analytic, assurance: a, y: p.y });
  }
  return { index: i, n, x: r1(layout.x(n)), rows };
}

/** The simulated n nearest to an x pixel (SVG user units), for pointer hover. */
export function nearestPoint(layout: PowerChartLayout, xPixel: number): HoverPoint | null {
  if (layout.ns.length === 0 || !Number.isFinite(xPixel)) return null;
  return hoverAt(layout, bisectCenter(layout.ns, layout.x.invert(xPixel)));
}

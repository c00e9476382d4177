import type { ScaleLinear } from 'd3-scale';
import { r1, textWidth } from './chartText.ts';
import type { Marker } from './figureTypes.ts';
import type { FrameLayout } from './frameLayout.ts';

export const MARKER_FONT = 11;

export interface MarkerLayout extends Marker {
  pos: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/**
 * Vertical reference lines with their labels inside the plot's top edge: to the right of the line, or
 * to its left near the right edge, one row lower for each marker whose label would overlap.
 */
export function markerLayout(markers: readonly Marker[], x: ScaleLinear<number, number>, plot: FrameLayout['plot']): MarkerLayout[] {
  const taken: { x0: number; x1: number; row: number }[] = [];
  return [...markers]
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      const pos = r1(x(m.x));
      const w = textWidth(m.label, MARKER_FONT);
      const anchor = pos + 4 + w > plot.right ? 'end' : 'start';
      const x0 = anchor === 'start' ? pos + 4 : pos - 4 - w;
      let row = 0;
      while (taken.some((t) => t.row === row && x0 < t.x1 + 6 && x0 + w > t.x0 - 6)) row++;
      taken.push({ x0, x1: x0 + w, row });
      return { ...m, pos, labelX: anchor === 'start' ? pos + 4 : pos - 4, labelY: plot.top + 11 + row * 14, anchor };
    });
}

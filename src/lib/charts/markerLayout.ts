import type { ScaleLinear } from 'd3-scale';
import { r1, textWidth } from './chartText.ts';
import type { Marker } from './figureTypes.ts';
import type { FrameLayout } from './frameLayout.ts';
import { placeAmong, type Box, type PlacedLabel } from './labelPlacement.ts';
import type { LabelMark, RuleMark } from './marks.ts';

export const MARKER_FONT = 11;

export interface MarkerLayout extends Marker {
  pos: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/**
 * Vertical reference lines with their labels: beside the line (right, or left near the right edge),
 * in the first row from the top, then from the bottom, that no other label covers and no curve
 * crosses (`soft`: points along the curves). Each chosen label box is appended to `taken`.
 */
export function markerLayout(markers: readonly Marker[], x: ScaleLinear<number, number>, plot: FrameLayout['plot'], soft: readonly Box[] = [], taken: Box[] = []): MarkerLayout[] {
  const area: Box = { x0: plot.left, y0: plot.top, x1: plot.right, y1: plot.bottom };
  return [...markers]
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      const pos = r1(x(m.x));
      const w = textWidth(m.label, MARKER_FONT);
      const sides: PlacedLabel[] = [
        { x: pos + 4, y: 0, anchor: 'start' },
        { x: pos - 4, y: 0, anchor: 'end' },
      ];
      if (pos + 4 + w > plot.right) sides.reverse();
      const rows: number[] = [];
      for (let k = 0; k < 4; k++) rows.push(plot.top + 11 + k * 14);
      for (let k = 0; k < 4; k++) rows.push(plot.bottom - 5 - k * 14);
      const candidates = rows.flatMap((y) => sides.map((s) => ({ ...s, y })));
      const c = placeAmong(m.label, candidates, MARKER_FONT, area, taken, soft);
      return { ...m, pos, labelX: c.x, labelY: r1(c.y), anchor: c.anchor };
    });
}

/** The markers as a rule layer and a label layer (bold, in the marker's colour, haloed). */
export function markerMarks(markers: readonly MarkerLayout[], plot: FrameLayout['plot']): { rules: RuleMark[]; labels: LabelMark[] } {
  return {
    rules: markers.map((m, i) => ({
      key: `${i}|${m.label}`,
      x1: m.pos,
      x2: m.pos,
      y1: plot.top,
      y2: plot.bottom,
      color: m.color,
      width: 1.5,
      dash: m.dashed ? '4 3' : undefined,
      attrs: { 'data-marker': m.label },
    })),
    labels: markers.map((m, i) => ({
      key: `${i}|${m.label}`,
      text: m.label,
      x: m.labelX,
      y: m.labelY,
      anchor: m.anchor,
      size: MARKER_FONT,
      color: m.color,
      bold: true,
      halo: true,
      attrs: { 'data-marker-label': '' },
    })),
  };
}

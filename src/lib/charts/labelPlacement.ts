import { textWidth } from './chartText.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, area: Box): boolean => a.x0 >= area.x0 && a.x1 <= area.x1 && a.y0 >= area.y0 && a.y1 <= area.y1;

/** Bounding box of a text label whose baseline is at (x, y). */
export function labelBox(text: string, x: number, y: number, anchor: 'start' | 'end', fontSize: number): Box {
  const w = textWidth(text, fontSize);
  const x0 = anchor === 'start' ? x : x - w;
  return { x0, y0: y - fontSize * 0.8, x1: x0 + w, y1: y + fontSize * 0.25 };
}

/** Candidate spots around a point: the four corners, then beside it, then further out (nearest first). */
function candidatesAround(px: number, py: number, fontSize: number): PlacedLabel[] {
  const gap = 7;
  const step = fontSize + 2;
  const below = py + gap + fontSize * 0.8;
  const middle = py + fontSize * 0.3;
  // Power curves rise to the right, so above-left and below-right of a point are usually clear.
  const out: PlacedLabel[] = [
    { x: px - gap, y: py - gap, anchor: 'end' },
    { x: px + gap, y: below, anchor: 'start' },
    { x: px + gap, y: py - gap, anchor: 'start' },
    { x: px - gap, y: below, anchor: 'end' },
    { x: px + gap + 2, y: middle, anchor: 'start' },
    { x: px - gap - 2, y: middle, anchor: 'end' },
  ];
  for (let k = 1; k <= 8; k++) {
    out.push({ x: px - gap, y: py - gap - k * step, anchor: 'end' });
    out.push({ x: px + gap, y: below + k * step, anchor: 'start' });
    out.push({ x: px + gap, y: py - gap - k * step, anchor: 'start' });
    out.push({ x: px - gap, y: below + k * step, anchor: 'end' });
  }
  return out;
}

/**
 * Picks the first candidate inside `area` that overlaps neither `taken` (labels and markers: never
 * covered) nor `soft` (points along curves: avoided when possible); failing that, the one crossing
 * fewest curve points without touching a label; failing that, the least overlap. Appends the chosen
 * box to `taken`.
 */
export function placeAmong(text: string, candidates: readonly PlacedLabel[], fontSize: number, area: Box, taken: Box[], soft: readonly Box[] = []): PlacedLabel {
  let best: PlacedLabel = candidates[0];
  let bestCost = Infinity;
  for (const c of candidates) {
    const b = labelBox(text, c.x, c.y, c.anchor, fontSize);
    if (!inside(b, area)) continue;
    const hard = taken.filter((t) => overlaps(b, t)).length;
    const crossed = soft.filter((t) => overlaps(b, t)).length;
    const cost = hard * 1e6 + crossed;
    if (cost < bestCost) [best, bestCost] = [c, cost];
    if (cost === 0) break;
  }
  taken.push(labelBox(text, best.x, best.y, best.anchor, fontSize));
  return best;
}

/** Greedy placement of a small label next to a point (px, py), clear of `taken` and, where possible, of `soft`. */
export function placeLabel(text: string, px: number, py: number, fontSize: number, area: Box, taken: Box[], soft: readonly Box[] = []): PlacedLabel {
  return placeAmong(text, candidatesAround(px, py, fontSize), fontSize, area, taken, soft);
}

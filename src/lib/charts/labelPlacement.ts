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

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, area: Box): boolean => a.x0 >= area.x0 && a.x1 <= area.x1 && a.y0 >= area.y0 && a.y1 <= area.y1;

/** Bounding box of a text label whose baseline is at (x, y). */
export function labelBox(text: string, x: number, y: number, anchor: 'start' | 'end', fontSize: number): Box {
  const w = textWidth(text, fontSize);
  const x0 = anchor === 'start' ? x : x - w;
  return { x0, y0: y - fontSize * 0.8, x1: x0 + w, y1: y + fontSize * 0.25 };
}

/**
 * Greedy placement of a small label next to a point (px, py): tries above-left, below-right,
 * above-right, below-left, then the same nudged further away, keeping clear of `taken`
 * boxes and inside `area`. Appends the chosen box to `taken`.
 */
export function placeLabel(
  text: string,
  px: number,
  py: number,
  fontSize: number,
  area: Box,
  taken: Box[],
): PlacedLabel {
  const gap = 7;
  const step = fontSize + 2;
  const below = py + gap + fontSize * 0.8;
  // Power curves rise to the right, so above-left and below-right of a point are usually clear.
  const candidates: PlacedLabel[] = [
    { x: px - gap, y: py - gap, anchor: 'end' },
    { x: px + gap, y: below, anchor: 'start' },
    { x: px + gap, y: py - gap, anchor: 'start' },
    { x: px - gap, y: below, anchor: 'end' },
  ];
  for (let k = 1; k <= 4; k++) {
    candidates.push({ x: px - gap, y: py - gap - k * step, anchor: 'end' });
    candidates.push({ x: px + gap, y: below + k * step, anchor: 'start' });
    candidates.push({ x: px + gap, y: py - gap - k * step, anchor: 'start' });
    candidates.push({ x: px - gap, y: below + k * step, anchor: 'end' });
  }
  const fits = (c: PlacedLabel) => {
    const b = labelBox(text, c.x, c.y, c.anchor, fontSize);
    return inside(b, area) && !taken.some((t) => overlaps(b, t));
  };
  const chosen = candidates.find(fits) ?? candidates.find((c) => inside(labelBox(text, c.x, c.y, c.anchor, fontSize), area)) ?? candidates[0];
  taken.push(labelBox(text, chosen.x, chosen.y, chosen.anchor, fontSize));
  return chosen;
}

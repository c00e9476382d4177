import { r1, textWidth, wrapText } from './chartText.ts';
import type { FigureMeta, LegendEntry } from './figureTypes.ts';

export const PAD = 12;
export const TITLE_FONT = 15;
export const NOTE_FONT = 11;
export const LEGEND_FONT = 12;
const TITLE_LINE = 19;
const NOTE_LINE = 15;
const LEGEND_ROW = 18;
export const SWATCH = 18;

export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface PlacedEntry extends LegendEntry {
  x: number;
  y: number;
  textX: number;
}

/** Title and legend above the plot, notes below: what every chart draws around its plot. */
export interface FrameLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  title: TextLine[];
  legend: PlacedEntry[];
  notes: TextLine[];
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameOptions {
  width: number;
  /** Total height (grown if the plot would be under 40 px); when omitted the plot gets `plotHeight` px. */
  height?: number;
  plotHeight: number;
  exportMode: boolean;
  margin: Margins;
}

/** Places title (export only), legend and notes (export only) around a plot area of the given margins. */
export function frameLayout(meta: FigureMeta, legend: readonly LegendEntry[], o: FrameOptions): FrameLayout {
  const w = Math.max(1, o.width);
  let cursor = 10;
  const titleLines = o.exportMode && meta.title ? wrapText(meta.title, w - 2 * PAD, TITLE_FONT * 1.08) : [];
  const title = titleLines.map((text, i) => ({ text, x: PAD, y: cursor + TITLE_FONT + i * TITLE_LINE }));
  if (title.length > 0) cursor += (title.length - 1) * TITLE_LINE + TITLE_FONT + 12;
  const placed: PlacedEntry[] = [];
  let x = PAD;
  let row = 0;
  for (const e of legend) {
    const iw = SWATCH + 6 + textWidth(e.label, LEGEND_FONT);
    if (x > PAD && x + iw > w - PAD) (row++, (x = PAD));
    placed.push({ ...e, x: Math.round(x), y: Math.round(cursor + row * LEGEND_ROW + LEGEND_ROW / 2), textX: Math.round(x + SWATCH + 6) });
    x += iw + 16;
  }
  if (legend.length > 0) cursor += (row + 1) * LEGEND_ROW + 4;
  const noteLines = o.exportMode ? meta.notes.flatMap((n) => wrapText(n, w - 2 * PAD, NOTE_FONT)) : [];
  const footer = noteLines.length > 0 ? noteLines.length * NOTE_LINE + 8 : 0;
  const top = cursor + o.margin.top;
  const asked = Math.round(o.height ?? top + o.plotHeight + o.margin.bottom + footer);
  const bottom = Math.max(top + 40, asked - footer - o.margin.bottom);
  const height = Math.max(asked, bottom + o.margin.bottom + footer);
  const notesTop = bottom + o.margin.bottom + 8;
  return {
    width: w,
    height,
    plot: { left: o.margin.left, top, right: Math.max(o.margin.left + 20, w - o.margin.right), bottom },
    title,
    legend: placed,
    notes: noteLines.map((text, i) => ({ text, x: PAD, y: r1(notesTop + i * NOTE_LINE + NOTE_FONT) })),
  };
}

/** The plot height for a width: about 45% of it, within [160, 300] px. */
export const plotHeightFor = (width: number): number => Math.min(300, Math.max(160, Math.round(width * 0.45)));

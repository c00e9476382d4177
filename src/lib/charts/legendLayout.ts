import type { CurveSeries } from './types.ts';
import { textWidth } from './chartText.ts';

export type LegendKind = 'arm' | 'band' | 'analytic' | 'assurance';

export interface LegendItem {
  kind: LegendKind;
  label: string;
  color: string;
  /** Left edge of the swatch; the swatch is SWATCH px wide, centred vertically on y. */
  x: number;
  y: number;
  /** Left edge of the label text. */
  textX: number;
}

export interface LegendLayout {
  items: LegendItem[];
  rows: number;
  height: number;
}

export const LEGEND_FONT = 12;
export const LEGEND_ROW = 18;
const SWATCH = 18;
const SWATCH_GAP = 6;
const ITEM_GAP = 16;

/** Legend entries: one per arm, then the band and (if any) the closed-form explanation. */
export function legendEntries(series: readonly CurveSeries[]): { kind: LegendKind; label: string; color: string }[] {
  const entries = series.map((s) => ({ kind: 'arm' as const, label: s.arm, color: s.color }));
  if (series.length === 0) return entries;
  const out: { kind: LegendKind; label: string; color: string }[] = [...entries];
  out.push({ kind: 'band', label: 'simulated ± 95% MC band', color: '#6b7280' });
  if (series.some((s) => s.points.some((p) => p.analytic !== null))) {
    out.push({ kind: 'analytic', label: 'closed form (dashed)', color: '#6b7280' });
  }
  if (series.some((s) => (s.assurance?.length ?? 0) > 0)) {
    out.push({ kind: 'assurance', label: 'assurance under the prior (dotted)', color: '#6b7280' });
  }
  return out;
}

/** Flow the entries left to right from (x0, y0), wrapping at maxX. */
export function legendLayout(series: readonly CurveSeries[], x0: number, y0: number, maxX: number): LegendLayout {
  const entries = legendEntries(series);
  const items: LegendItem[] = [];
  let x = x0;
  let row = 0;
  for (const e of entries) {
    const w = SWATCH + SWATCH_GAP + textWidth(e.label, LEGEND_FONT);
    if (x > x0 && x + w > maxX) {
      row += 1;
      x = x0;
    }
    const y = y0 + row * LEGEND_ROW + LEGEND_ROW / 2;
    items.push({ ...e, x: Math.round(x), y: Math.round(y), textX: Math.round(x + SWATCH + SWATCH_GAP) });
    x += w + ITEM_GAP;
  }
  const rows = entries.length === 0 ? 0 : row + 1;
  return { items, rows, height: rows * LEGEND_ROW };
}

export const LEGEND_SWATCH = SWATCH;

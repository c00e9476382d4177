/** Pure layout of the dose × n heatmap: cell rectangles, colours, labels and the colour key (no DOM). */
import { count, pctFixed } from '../../core/report/numberText.ts';
import { axesLayout, bandAxis, type AxesLayout } from './axesLayout.ts';
import { r1, textWidth } from './chartText.ts';
import { PAD, frameLayout, type FrameLayout, type TextLine } from './frameLayout.ts';
import { heatColor, textOn } from './heatColor.ts';
import type { HeatmapData } from './heatmapTypes.ts';

export const CELL_FONT = 11;
const ROW_H = 30;
const ROW_H_TRANSPOSED = 24;
const KEY_H = 10;
/** Room above the cells for the colour key. */
const KEY_SPACE = 40;
const fmtCell = (p: number): string => pctFixed(p, 0);

export interface CellLayout {
  arm: string;
  n: number;
  power: number;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  /** Printed value, or '' when it does not fit the cell; centred at (tx, ty). */
  text: string;
  tx: number;
  ty: number;
  textFill: string;
  hit: boolean;
  /** Tooltip / accessible text. */
  title: string;
}

export interface HeatmapLayout {
  /** Size, title and notes (export mode), and the cell area as `plot`. */
  frame: FrameLayout;
  /** True when arms run across and n down (narrow screens, so every value can be printed). */
  transposed: boolean;
  cells: CellLayout[];
  /** Row labels as y ticks; column labels (n values, or arms when transposed, thinned to fit) as x ticks. */
  axes: AxesLayout;
  key: { y: number; steps: { x: number; w: number; fill: string }[]; ticks: (TextLine & { anchor: 'start' | 'middle' | 'end' })[]; label: TextLine };
}

const fitsText = (w: number) => textWidth('100%', CELL_FONT) + 4 <= w;

/**
 * Lays out a heatmap with a row per dose arm and a column per simulated n; when the columns would be
 * too narrow to print the values, it turns a quarter (n down, arms across).
 * @example heatmapLayout(data, 640, false).cells[0].fill // → "rgb(…)" on the viridis ramp
 */
export function heatmapLayout(data: HeatmapData, width: number, exportMode: boolean): HeatmapLayout {
  const armLabelW = Math.max(40, ...data.rows.map((r) => textWidth(r.label, 12))) + 10;
  const wide = (width - 2 * PAD - 18 - Math.min(width * 0.4, armLabelW)) / Math.max(1, data.ns.length);
  const transposed = !fitsText(wide) && data.ns.length > data.rows.length && !exportMode;
  const rows = transposed ? data.ns.map((n) => ({ key: String(n), label: count(n) })) : data.rows.map((r) => ({ key: r.arm, label: r.label }));
  // Transposed, arms run left to right from the lowest dose.
  const cols = transposed ? [...data.rows].reverse().map((r) => ({ key: r.arm, label: r.label })) : data.ns.map((n) => ({ key: String(n), label: count(n) }));
  const rowH = transposed ? ROW_H_TRANSPOSED : ROW_H;
  const labelW = transposed ? textWidth(count(Math.max(...data.ns)), 12) + 10 : Math.min(width * 0.4, armLabelW);
  const margin = { top: KEY_SPACE, right: PAD, bottom: transposed ? 30 : 44, left: r1(PAD + 18 + labelW) };
  const frame = frameLayout(data, [], { width, plotHeight: rows.length * rowH, exportMode, margin });
  const { left, right, top, bottom } = frame.plot;
  const cw = (right - left) / Math.max(1, cols.length);
  const byKey = new Map(data.cells.map((c) => [`${c.arm}|${c.n}`, c]));
  const cells: CellLayout[] = [];
  rows.forEach((row, ri) =>
    cols.forEach((col, ci) => {
      const [arm, n] = transposed ? [col.key, Number(row.key)] : [row.key, Number(col.key)];
      const c = byKey.get(`${arm}|${n}`);
      const power = c?.power ?? NaN;
      const fill = heatColor(power);
      const text = Number.isFinite(power) ? fmtCell(power) : '';
      cells.push({
        arm, n, power, fill, text: fitsText(cw) ? text : '', textFill: textOn(fill), hit: c?.hit ?? false,
        x: r1(left + ci * cw), y: top + ri * rowH, w: r1(cw), h: rowH, tx: r1(left + (ci + 0.5) * cw), ty: r1(top + (ri + 0.5) * rowH),
        title: `${arm}, n = ${count(n)}: ${(data.measure ?? 'Power').toLowerCase()} ${text || 'not simulated'}${c ? ` ± ${pctFixed(c.mcse)}` : ''}`,
      });
    }),
  );
  const every = transposed ? 1 : Math.max(1, Math.ceil((textWidth('0000', 12) + 6) / cw));
  const xAxis = bandAxis(cols.map((c) => c.label), left, right);
  const yAxis = bandAxis(rows.map((r) => r.label), top, top + rows.length * rowH);
  const axes = axesLayout(frame.plot, { ...xAxis, ticks: xAxis.ticks.filter((_, i) => i % every === 0) }, yAxis, {
    xLabelLines: transposed ? [] : [data.xLabel],
    yLabel: transposed ? data.xLabel : data.yLabel,
    yGrid: false,
    baseline: false,
    yLabelX: PAD,
  });
  const keyW = Math.min(220, right - left);
  const keyY = top - KEY_SPACE + 4;
  const steps = Array.from({ length: 20 }, (_, i) => ({ x: r1(left + (i * keyW) / 20), w: r1(keyW / 20 + 0.3), fill: heatColor((i + 0.5) / 20) }));
  const anchors = ['start', 'middle', 'end'] as const;
  const ticks = [0, 0.5, 1].map((v, i) => ({ x: r1(left + v * keyW), y: keyY + 22, text: fmtCell(v), anchor: anchors[i] }));
  return {
    frame,
    transposed,
    cells,
    axes,
    key: { y: keyY, steps, ticks, label: { text: data.measure ?? 'Power', x: left - 6, y: keyY + KEY_H - 1 } },
  };
}

import type { ScaleLinear } from 'd3-scale';
import { r1, wrapText } from './chartText.ts';
import type { NumberFormat } from './figureTypes.ts';
import type { FrameLayout, TextLine } from './frameLayout.ts';
import { formatNumber } from './numberFormat.ts';

export interface Tick {
  value: number;
  pos: number;
  label: string;
}

export interface AxesLayout {
  plot: FrameLayout['plot'];
  xTicks: Tick[];
  yTicks: Tick[];
  /** The x-axis title, wrapped to the chart's width. */
  xLabel: TextLine[];
  /** Drawn rotated −90° about (x, y); empty text for none. */
  yLabel: TextLine;
}

const AXIS_FONT = 13;
const AXIS_LINE = 16;

/** The x-axis title's lines at a chart width (long titles wrap on phones). */
export function xLabelLines(text: string, width: number): string[] {
  return text ? wrapText(text, width - 24, AXIS_FONT) : [];
}

/** Bottom margin for tick labels and an x-axis title of `lines` lines. */
export const bottomMargin = (lines: number): number => 28 + Math.max(1, lines) * AXIS_LINE;

/** Ticks and axis titles from d3 scales (about one x tick per 70 px, 5 y ticks on a tall plot). */
export function axesLayout(
  plot: FrameLayout['plot'],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number> | null,
  f: { x: NumberFormat; y: NumberFormat; xLabelLines: string[]; yLabel: string },
): AxesLayout {
  const xCount = Math.max(2, Math.min(10, Math.floor((plot.right - plot.left) / 70)));
  const xTicks = x.ticks(xCount).map((v) => ({ value: v, pos: r1(x(v)), label: formatNumber(v, f.x) }));
  const yTicks = y ? y.ticks(plot.bottom - plot.top < 140 ? 3 : 5).map((v) => ({ value: v, pos: r1(y(v)), label: formatNumber(v, f.y) })) : [];
  return {
    plot,
    xTicks,
    yTicks,
    xLabel: f.xLabelLines.map((text, i) => ({ text, x: r1((plot.left + plot.right) / 2), y: r1(plot.bottom + 36 + i * AXIS_LINE) })),
    yLabel: { text: f.yLabel, x: 4, y: r1((plot.top + plot.bottom) / 2) },
  };
}

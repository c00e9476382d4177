import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { r1, wrapText } from './chartText.ts';
import type { FrameLayout, TextLine } from './frameLayout.ts';

export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** What the one axes component draws: ticks with labels, grid lines, axis titles (any chart type). */
export interface AxesLayout {
  plot: FrameLayout['plot'];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Faint vertical grid lines at the x ticks too (the power chart reads n off them). */
  xGrid: boolean;
  /** Horizontal grid lines at the y ticks, and the x axis line with its tick marks (off for a heatmap's categories). */
  yGrid: boolean;
  baseline: boolean;
  /** The x-axis title, wrapped to the chart's width. */
  xLabel: TextLine[];
  /** Drawn rotated −90° about (x, y); empty text for none. */
  yLabel: TextLine;
}

/** One axis: its scale, the tick values to mark and how to print them. */
export interface AxisSpec {
  scale: ScaleLinear<number, number>;
  ticks: readonly number[];
  format: (v: number) => string;
}

const AXIS_FONT = 13;
const AXIS_LINE = 16;

/** The x-axis title's lines at a chart width (long titles wrap on phones). */
export function xLabelLines(text: string, width: number): string[] {
  return text ? wrapText(text, width - 24, AXIS_FONT) : [];
}

/** Bottom margin for tick labels and an x-axis title of `lines` lines. */
export const bottomMargin = (lines: number): number => 28 + Math.max(1, lines) * AXIS_LINE;

/** About one tick per `spacing` px of axis, from 2 to 10. */
export const tickCount = (length: number, spacing: number): number => Math.max(2, Math.min(10, Math.floor(length / spacing)));

/** Categories as an axis: one tick at the middle of each band, labelled with the category. */
export function bandAxis(labels: readonly string[], from: number, to: number): AxisSpec {
  const scale = scaleLinear().domain([0, Math.max(1, labels.length)]).range([from, to]);
  return { scale, ticks: labels.map((_, i) => i + 0.5), format: (v) => labels[Math.floor(v)] ?? '' };
}

/** Ticks placed by their scales; titles centred under the plot and along its left edge. */
export function axesLayout(
  plot: FrameLayout['plot'],
  x: AxisSpec,
  y: AxisSpec | null,
  o: { xLabelLines: string[]; yLabel: string; xGrid?: boolean; yGrid?: boolean; baseline?: boolean; yLabelX?: number },
): AxesLayout {
  const place = (a: AxisSpec) => a.ticks.map((v) => ({ value: v, pos: r1(a.scale(v)), label: a.format(v) }));
  return {
    plot,
    xTicks: place(x),
    yTicks: y ? place(y) : [],
    xGrid: o.xGrid ?? false,
    yGrid: o.yGrid ?? true,
    baseline: o.baseline ?? true,
    xLabel: o.xLabelLines.map((text, i) => ({ text, x: r1((plot.left + plot.right) / 2), y: r1(plot.bottom + 36 + i * AXIS_LINE) })),
    yLabel: { text: o.yLabel, x: o.yLabelX ?? 4, y: r1((plot.top + plot.bottom) / 2) },
  };
}

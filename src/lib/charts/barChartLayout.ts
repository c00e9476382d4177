import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { tickText } from '../../core/report/numberText.ts';
import { axesLayout, bottomMargin, tickCount, xLabelLines, type AxesLayout } from './axesLayout.ts';
import { r1, textWidth } from './chartText.ts';
import type { BarChartData } from './figureTypes.ts';
import { frameLayout, type FrameLayout } from './frameLayout.ts';

export interface BarLayout {
  label: string;
  labelY: number;
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
  text: string;
  textX: number;
  textAnchor: 'start' | 'end';
}

export interface BarChartLayout {
  frame: FrameLayout;
  axes: AxesLayout;
  bars: BarLayout[];
}

const ROW = 52;
const BAR = 20;
const FONT = 12;

/**
 * Horizontal bars, each with its category label on the line above it (readable at phone width);
 * the value text sits after the bar end, or inside it when it would leave the plot.
 */
export function barChartLayout(data: BarChartData, o: { width: number; height?: number; exportMode: boolean }): BarChartLayout {
  const xl = xLabelLines(data.xLabel, o.width);
  const margin = { top: 4, right: 16, bottom: bottomMargin(xl.length), left: 12 };
  const frame = frameLayout(data, data.legend, { ...o, plotHeight: data.bars.length * ROW, margin });
  const { plot } = frame;
  const top = max(data.bars, (b) => b.value ?? 0) ?? 0;
  const x = scaleLinear()
    .domain([0, top > 0 ? top * 1.05 : 1])
    .range([plot.left, plot.right])
    .nice();
  const bars = data.bars.map((b, i) => {
    const rowTop = plot.top + i * ROW;
    const end = b.value === null ? plot.left : x(b.value);
    const fits = end + 6 + textWidth(b.text, FONT) <= plot.right;
    return {
      label: b.label,
      labelY: r1(rowTop + 14),
      x: plot.left,
      y: r1(rowTop + 22),
      w: r1(Math.max(0, end - plot.left)),
      h: BAR,
      color: b.color,
      text: b.text,
      textX: r1(fits ? end + 6 : end - 6),
      textAnchor: fits ? ('start' as const) : ('end' as const),
    };
  });
  const xAxis = { scale: x, ticks: x.ticks(tickCount(plot.right - plot.left, 70)), format: (v: number) => tickText(v, data.xFormat) };
  return { frame, axes: axesLayout(plot, xAxis, null, { xLabelLines: xl, yLabel: '' }), bars };
}

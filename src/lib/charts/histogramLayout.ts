import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { tickText } from '../../core/report/numberText.ts';
import { axesLayout, bottomMargin, tickCount, xLabelLines, type AxesLayout } from './axesLayout.ts';
import { r1 } from './chartText.ts';
import type { HistogramData, LegendEntry } from './figureTypes.ts';
import { frameLayout, plotHeightFor, type FrameLayout } from './frameLayout.ts';
import { MARGIN } from './lineChartLayout.ts';
import { markerLayout, markerMarks } from './markerLayout.ts';
import { plotMarks, type PlotMarks, type RectMark } from './marks.ts';

export interface HistogramLayout {
  frame: FrameLayout;
  axes: AxesLayout;
  marks: PlotMarks;
}

export function histogramLegend(data: HistogramData): LegendEntry[] {
  return data.highlight ? [data.base, data.highlight] : [data.base]; // markers carry their own labels
}

/**
 * Bars for a histogram whose heights are shares of all trials (so y reads "% of simulated trials"),
 * with the highlighted subset drawn from the baseline up in its own colour.
 */
export function histogramLayout(data: HistogramData, o: { width: number; height?: number; exportMode: boolean }): HistogramLayout {
  const xl = xLabelLines(data.xLabel, o.width);
  const frame = frameLayout(data, histogramLegend(data), { ...o, plotHeight: plotHeightFor(o.width), margin: { ...MARGIN, bottom: bottomMargin(xl.length) } });
  const { plot } = frame;
  const total = data.total ?? data.counts.reduce((a, b) => a + b, 0);
  const hi = data.lo + data.width * data.counts.length;
  const x = scaleLinear().domain([data.lo, hi]).range([plot.left, plot.right]);
  const top = total > 0 ? (max(data.counts) ?? 0) / total : 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top * 1.08 : 0.1])
    .range([plot.bottom, plot.top])
    .nice(4);
  const share = (c: number) => (total > 0 ? c / total : 0);
  // Each bin: the whole bar, then its highlighted part over it (both from the baseline up).
  const rects = data.counts.flatMap((c, i): RectMark[] => {
    const x0 = x(data.lo + i * data.width);
    const x1 = x(data.lo + (i + 1) * data.width);
    const bar = { x: r1(x0 + 0.5), w: r1(Math.max(0.5, x1 - x0 - 1)) };
    const yAll = r1(y(share(c)));
    const yHi = r1(y(share(data.highlighted[i] ?? 0)));
    return [
      ...(yAll < plot.bottom ? [{ key: `b${i}`, ...bar, y: yAll, h: r1(plot.bottom - yAll), color: data.base.color, attrs: { 'data-bin': i } }] : []),
      ...(yHi < plot.bottom ? [{ key: `h${i}`, ...bar, y: yHi, h: r1(plot.bottom - yHi), color: data.highlight?.color ?? data.base.color, attrs: { 'data-bin-highlight': i } }] : []),
    ];
  });
  const xAxis = { scale: x, ticks: x.ticks(tickCount(plot.right - plot.left, 70)), format: (v: number) => tickText(v, data.xFormat) };
  const yTicks = y.ticks(plot.bottom - plot.top < 140 ? 3 : 5);
  // Ticks closer than 1 point apart get a decimal, or 0.5% and 1.5% would both read as whole percents.
  const fine = yTicks.length > 1 && yTicks[1] - yTicks[0] < 0.01;
  const yAxis = { scale: y, ticks: yTicks, format: (v: number) => tickText(v, 'percent', fine) };
  return {
    frame,
    axes: axesLayout(plot, xAxis, yAxis, { xLabelLines: xl, yLabel: 'Share of simulated trials' }),
    marks: plotMarks({ rects }, markerMarks(markerLayout(data.markers, x, plot), plot)),
  };
}

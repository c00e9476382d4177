import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { axesLayout, bottomMargin, xLabelLines, type AxesLayout } from './axesLayout.ts';
import { r1 } from './chartText.ts';
import type { HistogramData, LegendEntry } from './figureTypes.ts';
import { frameLayout, plotHeightFor, type FrameLayout } from './frameLayout.ts';
import { MARGIN } from './lineChartLayout.ts';
import { markerLayout, type MarkerLayout } from './markerLayout.ts';

export interface BinRect {
  x: number;
  w: number;
  /** Top of the whole bar and of its highlighted part. */
  y: number;
  yHi: number;
}

export interface HistogramLayout {
  frame: FrameLayout;
  axes: AxesLayout;
  bins: BinRect[];
  bottom: number;
  markers: MarkerLayout[];
}

export function histogramLegend(data: HistogramData): LegendEntry[] {
  return [data.base, data.highlight]; // markers carry their own labels
}

/**
 * Bars for a histogram whose heights are shares of all trials (so y reads "% of simulated trials"),
 * with the highlighted subset drawn from the baseline up in its own colour.
 */
export function histogramLayout(data: HistogramData, o: { width: number; height?: number; exportMode: boolean }): HistogramLayout {
  const xl = xLabelLines(data.xLabel, o.width);
  const frame = frameLayout(data, histogramLegend(data), { ...o, plotHeight: plotHeightFor(o.width), margin: { ...MARGIN, bottom: bottomMargin(xl.length) } });
  const { plot } = frame;
  const total = data.counts.reduce((a, b) => a + b, 0);
  const hi = data.lo + data.width * data.counts.length;
  const x = scaleLinear().domain([data.lo, hi]).range([plot.left, plot.right]);
  const top = total > 0 ? (max(data.counts) ?? 0) / total : 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top * 1.08 : 0.1])
    .range([plot.bottom, plot.top])
    .nice(4);
  const share = (c: number) => (total > 0 ? c / total : 0);
  const bins = data.counts.map((c, i) => {
    const x0 = x(data.lo + i * data.width);
    const x1 = x(data.lo + (i + 1) * data.width);
    return { x: r1(x0 + 0.5), w: r1(Math.max(0.5, x1 - x0 - 1)), y: r1(y(share(c))), yHi: r1(y(share(data.highlighted[i] ?? 0))) };
  });
  return {
    frame,
    axes: axesLayout(plot, x, y, { x: data.xFormat, y: 'percent', xLabelLines: xl, yLabel: 'Share of simulated trials' }),
    bins,
    bottom: plot.bottom,
    markers: markerLayout(data.markers, x, plot),
  };
}

import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { area, curveMonotoneX, line } from 'd3-shape';
import { tickText } from '../../core/report/numberText.ts';
import { axesLayout, bottomMargin, tickCount, xLabelLines, type AxesLayout } from './axesLayout.ts';
import { TEXT_GREY, r1 } from './chartText.ts';
import type { LegendEntry, LineChartData, LinePoint } from './figureTypes.ts';
import { frameLayout, plotHeightFor, type FrameLayout } from './frameLayout.ts';
import { placeLabel, type Box } from './labelPlacement.ts';
import { markerLayout, markerMarks, type MarkerLayout } from './markerLayout.ts';
import { plotMarks, type PlotMarks } from './marks.ts';
import { pathObstacles } from './pathSample.ts';

export interface LineChartLayout {
  frame: FrameLayout;
  axes: AxesLayout;
  marks: PlotMarks;
  /** Placed marker and highlight labels (for collision checks). */
  markers: MarkerLayout[];
  highlights: { x: number; y: number; color: string; label: string; labelX: number; labelY: number; anchor: 'start' | 'end' }[];
}

/** Font size of a highlighted point's label. */
export const HIGHLIGHT_FONT = 12;

export const MARGIN = { top: 8, right: 16, bottom: 44, left: 66 };

/** Legend of a line chart: one entry per series (dashed ones as dashed swatches). */
export function lineLegend(data: LineChartData): LegendEntry[] {
  return data.series.map((s) => ({ kind: s.dashed ? 'dashed' : 'line', label: s.label, color: s.color }));
}

/** A dot's data values as attributes (series with valueAttrs). */
function valueAttrs(series: string, p: LinePoint): Record<string, string> {
  return { 'data-series': series, 'data-x': String(p.x), 'data-y': String(p.y) };
}

/** Scales, paths and label positions for a line chart (pure; coordinates rounded to 0.1 px). */
export function lineChartLayout(data: LineChartData, o: { width: number; height?: number; exportMode: boolean }): LineChartLayout {
  const xl = xLabelLines(data.xLabel, o.width);
  const margin = { ...MARGIN, bottom: bottomMargin(xl.length) };
  const frame = frameLayout(data, lineLegend(data), { ...o, plotHeight: plotHeightFor(o.width), margin });
  const { plot } = frame;
  const xs = [...data.series.flatMap((s) => s.points.map((p) => p.x)), ...data.markers.map((m) => m.x)].filter(Number.isFinite);
  const [x0, x1] = extent(xs) as [number | undefined, number | undefined];
  const x = scaleLinear()
    .domain(x0 === undefined || x1 === undefined ? [0, 1] : x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1])
    .range([plot.left, plot.right]);
  const y = scaleLinear().domain(data.yDomain ?? [0, 1]).range([plot.bottom, plot.top]).clamp(true);
  const X = (v: number) => r1(x(v));
  const Y = (v: number) => r1(y(v));
  const ok = (p: LinePoint) => Number.isFinite(p.x) && Number.isFinite(p.y);
  const path = line<LinePoint>((p) => X(p.x), (p) => Y(p.y)).curve(curveMonotoneX).digits(1);
  const band = area<LinePoint>()
    .x((p) => X(p.x))
    .y0((p) => Y(p.lo ?? p.y))
    .y1((p) => Y(p.hi ?? p.y))
    .curve(curveMonotoneX)
    .digits(1);
  const series = data.series.map((s, i) => ({ s, key: `${i}|${s.label}`, pts: s.points.filter(ok).sort((a, b) => a.x - b.x) }));
  const lines = series.map(({ s, key, pts }) => ({
    key,
    d: path(pts) ?? '',
    color: s.color,
    width: s.dashed ? 1.5 : 2,
    dash: s.dashed ? '5 4' : undefined,
    round: true,
    attrs: { 'data-series': s.label },
  }));
  const areas = series
    .filter(({ pts }) => pts.some((p) => p.lo !== undefined && p.hi !== undefined))
    .map(({ s, key, pts }) => ({ key, d: band(pts) ?? '', color: s.color, attrs: { 'data-band': s.label } }));
  const dots = series.flatMap(({ s, key, pts }) =>
    (s.dots ?? (pts.length <= 30 && !s.dashed)) ? pts.map((p, j) => ({ key: `${key}|${j}`, x: X(p.x), y: Y(p.y), r: 2, color: s.color, attrs: s.valueAttrs ? valueAttrs(s.label, p) : {} })) : [],
  );
  // Labels keep clear of each other and of the curves drawn; marker labels first, then highlights.
  const plotBox: Box = { x0: plot.left, y0: plot.top, x1: plot.right, y1: plot.bottom };
  const soft = pathObstacles(lines.map((l) => l.d));
  const points = data.highlights.filter((h) => Number.isFinite(h.x) && Number.isFinite(h.y)).map((h) => ({ ...h, x: X(h.x), y: Y(h.y) }));
  const taken: Box[] = points.map((h) => ({ x0: h.x - 6, y0: h.y - 6, x1: h.x + 6, y1: h.y + 6 }));
  const markers = markerLayout(data.markers, x, plot, soft, taken);
  const highlights = points.map((h) => {
    const pl = placeLabel(h.label, h.x, h.y, HIGHLIGHT_FONT, plotBox, taken, soft);
    return { ...h, labelX: r1(pl.x), labelY: r1(pl.y), anchor: pl.anchor };
  });
  const lit = {
    dots: highlights.map((h, i) => ({ key: `h${i}`, x: h.x, y: h.y, r: 5, color: h.color, halo: true, attrs: { 'data-highlight': '' } })),
    labels: highlights.map((h, i) => ({ key: `h${i}`, text: h.label, x: h.labelX, y: h.labelY, anchor: h.anchor, size: HIGHLIGHT_FONT, color: TEXT_GREY, bold: true, halo: true, attrs: { 'data-highlight-label': '' } })),
  };
  const xAxis = { scale: x, ticks: x.ticks(tickCount(plot.right - plot.left, 70)), format: (v: number) => tickText(v, data.xFormat) };
  const yAxis = { scale: y, ticks: y.ticks(plot.bottom - plot.top < 140 ? 3 : 5), format: (v: number) => tickText(v, data.yFormat) };
  return {
    frame,
    axes: axesLayout(plot, xAxis, yAxis, { xLabelLines: xl, yLabel: data.yLabel }),
    marks: plotMarks({ areas, lines, dots }, markerMarks(markers, plot), lit),
    markers,
    highlights,
  };
}

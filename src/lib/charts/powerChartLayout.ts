/**
 * Pure layout maths for the power-curve chart: the common frame and axes, path strings for the
 * curves, bands and closed forms, and the label positions. No DOM; every coordinate is in SVG user
 * units (px), rounded to 0.1 so snapshots are stable.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, curveLinear, curveMonotoneX, line } from 'd3-shape';
import { count, pctFixed } from '../../core/report/numberText.ts';
import { axesLayout, bottomMargin, tickCount, xLabelLines, type AxesLayout } from './axesLayout.ts';
import { r1 } from './chartText.ts';
import { frameLayout, type FrameLayout, type Margins } from './frameLayout.ts';
import { powerLegend, powerPlotHeight, seriesMarks } from './powerMarks.ts';
import { labelMarks, powerLabels, type MarkLayout, type TargetLayout } from './powerLabels.ts';
import { plotMarks, type PlotMarks } from './marks.ts';
import type { CurvePoint, PowerChartData } from './types.ts';

/** Space around the plot area for the axes. The legend, export title and notes are added outside it. */
export const DEFAULT_MARGIN: Margins = { top: 8, right: 16, bottom: 44, left: 62 };

export interface PowerChartLayoutOptions {
  width: number;
  /** Total SVG height, including legend (and title/notes in export mode). */
  height: number;
  margin?: Partial<Margins>;
  /** Adds the title at the top and the notes at the bottom, inside the SVG. */
  exportMode?: boolean;
  curve?: 'monotoneX' | 'linear';
}

export interface PointLayout extends CurvePoint {
  x: number;
  y: number;
  yLo: number;
  yHi: number;
  yAnalytic: number | null;
}

export interface SeriesLayout {
  arm: string;
  color: string;
  /** Simulated power curve. */
  curve: string;
  /** 95% Monte Carlo band (closed area, lo..hi). */
  band: string;
  /** Closed-form curve; null when the series has no analytic values. */
  analytic: string | null;
  points: PointLayout[];
  /** Assurance curve (design prior); null without one. */
  assurance: string | null;
}

export interface PowerChartLayout {
  frame: FrameLayout;
  axes: AxesLayout;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  series: SeriesLayout[];
  hasAnalytic: boolean;
  target: TargetLayout;
  marks: MarkLayout[];
  /** Everything drawn over the axes, as layers. */
  layers: PlotMarks;
  /** Sorted distinct n values across series: the hover/keyboard stops. */
  ns: number[];
  /** Arm → n → assurance, for the tooltip. */
  assuranceAt: Map<string, Map<number, number>>;
}

/** A sensible total height for a width: the plot gets about half the width, within 180..380 px. */
export function defaultHeight(data: PowerChartData, width: number, exportMode = false): number {
  const margin = { ...DEFAULT_MARGIN, bottom: bottomMargin(xLabelLines(data.xLabel, width).length) };
  return frameLayout(data, powerLegend(data.series), { width, plotHeight: powerPlotHeight(width), exportMode, margin }).height;
}

/** x domain: min..max n over the series points and target marks, padded if degenerate, then niced. */
export function xDomain(data: PowerChartData): [number, number] {
  const ns = [...data.series.flatMap((s) => s.points.map((p) => p.n)), ...data.marks.map((m) => m.n)].filter(Number.isFinite);
  if (ns.length === 0) return [0, 100];
  let lo = Math.min(...ns);
  let hi = Math.max(...ns);
  if (lo === hi) [lo, hi] = [Math.max(0, lo - 1), hi + 1];
  return scaleLinear().domain([lo, hi]).nice().domain() as [number, number];
}

export function powerChartLayout(data: PowerChartData, opts: PowerChartLayoutOptions): PowerChartLayout {
  const exportMode = opts.exportMode ?? false;
  const width = Math.max(1, opts.width);
  const xl = xLabelLines(data.xLabel, width);
  const margin: Margins = { ...DEFAULT_MARGIN, bottom: bottomMargin(xl.length), ...opts.margin };
  // height 0 asks for the default: the plot gets powerPlotHeight(width).
  const frame = frameLayout(data, powerLegend(data.series), { width, height: opts.height > 0 ? opts.height : undefined, plotHeight: powerPlotHeight(width), exportMode, margin });
  const { left, right, top, bottom } = frame.plot;
  const x = scaleLinear().domain(xDomain(data)).range([left, right]);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]).clamp(true);
  const X = (n: number) => r1(x(n));
  const Y = (p: number) => r1(y(p));

  const curveFactory = opts.curve === 'linear' ? curveLinear : curveMonotoneX;
  const curveGen = line<{ x: number; y: number }>((p) => p.x, (p) => p.y).curve(curveFactory).digits(1);
  const bandGen = area<PointLayout>().x((p) => p.x).y0((p) => p.yLo).y1((p) => p.yHi).curve(curveFactory).digits(1);
  const analyticGen = line<PointLayout>((p) => p.x, (p) => p.yAnalytic ?? 0)
    .defined((p) => p.yAnalytic !== null)
    .curve(curveFactory)
    .digits(1);
  const finite = <T extends { n: number }>(pts: readonly T[], v: (p: T) => number) => pts.filter((p) => Number.isFinite(p.n) && Number.isFinite(v(p))).sort((a, b) => a.n - b.n);

  const series: SeriesLayout[] = data.series.map((s) => {
    const points: PointLayout[] = finite(s.points, (p) => p.power).map((p) => ({
      ...p,
      x: X(p.n),
      y: Y(p.power),
      yLo: Y(p.lo),
      yHi: Y(p.hi),
      yAnalytic: p.analytic === null || !Number.isFinite(p.analytic) ? null : Y(p.analytic),
    }));
    const assurance = finite(s.assurance ?? [], (p) => p.assurance).map((p) => ({ x: X(p.n), y: Y(p.assurance) }));
    return {
      arm: s.arm,
      color: s.color,
      points,
      curve: curveGen(points) ?? '',
      band: bandGen(points) ?? '',
      analytic: points.some((p) => p.yAnalytic !== null) ? (analyticGen(points) ?? null) : null,
      assurance: assurance.length > 0 ? (curveGen(assurance) ?? null) : null,
    };
  });

  const labels = powerLabels(frame.plot, data.targetPower, data.marks, series.flatMap((s) => [s.curve, s.analytic, s.assurance]), X, Y);
  const integers = x.ticks(tickCount(right - left, 64)).filter(Number.isInteger);
  const xAxis = { scale: x, ticks: integers, format: count };
  const yAxis = { scale: y, ticks: y.ticks(bottom - top < 120 ? 2 : 5), format: (v: number) => pctFixed(v, 0) };
  return {
    frame,
    axes: axesLayout(frame.plot, xAxis, yAxis, { xLabelLines: xl, yLabel: data.yLabel, xGrid: true, yLabelX: 12 }),
    x,
    y,
    series,
    hasAnalytic: series.some((s) => s.analytic !== null),
    target: labels.target,
    marks: labels.marks,
    layers: plotMarks(seriesMarks(series), labelMarks(frame.plot, labels.target, labels.marks)),
    ns: [...new Set(series.flatMap((s) => s.points.map((p) => p.n)))].sort((a, b) => a - b),
    assuranceAt: new Map(data.series.map((s) => [s.arm, new Map((s.assurance ?? []).map((p) => [p.n, p.assurance]))])),
  };
}

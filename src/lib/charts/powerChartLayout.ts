/**
 * Pure layout maths for the power-curve chart: scales, ticks, path strings and label positions.
 * No DOM; every coordinate is in SVG user units (px), rounded to 0.1 so snapshots are stable.
 */
import { bisectCenter } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, curveLinear, curveMonotoneX, line } from 'd3-shape';
import { formatTarget, formatTickPct, r1, textWidth, wrapText } from './chartText.ts';
import { placeAmong, placeLabel, type Box, type PlacedLabel } from './labelPlacement.ts';
import { pathObstacles } from './pathSample.ts';
import { legendLayout, type LegendLayout } from './legendLayout.ts';
import type { CurvePoint, PowerChartData, TargetMark } from './types.ts';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

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

export interface Tick {
  value: number;
  /** Position along the axis (x for the x axis, y for the y axis). */
  pos: number;
  label: string;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
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

export interface MarkLayout extends TargetMark {
  x: number;
  y: number;
  label: string;
  /** False for a mark sharing the label of an earlier one at the same n and nearly the same power. */
  showLabel: boolean;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface PowerChartLayout {
  width: number;
  height: number;
  exportMode: boolean;
  plot: { left: number; top: number; right: number; bottom: number };
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: TextLine;
  /** Drawn rotated −90° about (x, y). */
  yLabel: TextLine;
  series: SeriesLayout[];
  hasAnalytic: boolean;
  target: { value: number; y: number; label: TextLine };
  marks: MarkLayout[];
  /** Sorted distinct n values across series: the hover/keyboard stops. */
  ns: number[];
  legend: LegendLayout;
  /** Arm → n → assurance, for the tooltip. */
  assuranceAt: Map<string, Map<number, number>>;
  /** Export-mode title, wrapped to the width (empty otherwise). */
  title: TextLine[];
  notes: TextLine[];
}

export const PAD = 12;
export const TITLE_FONT = 15;
export const NOTE_FONT = 11;
export const MARK_FONT = 11;
const NOTE_LINE = 15;
const TITLE_LINE = 19;
const formatN = format(',');

/** Header (title, legend) and footer (notes) around the plot, which depend only on width. */
function frame(data: PowerChartData, width: number, exportMode: boolean) {
  let cursor = 10;
  // Bold title: wrap with a slightly wider character estimate.
  const titleLines = exportMode && data.title ? wrapText(data.title, width - 2 * PAD, TITLE_FONT * 1.08) : [];
  const title = titleLines.map((text, i) => ({ text, x: PAD, y: cursor + TITLE_FONT + i * TITLE_LINE }));
  if (title.length > 0) cursor += (title.length - 1) * TITLE_LINE + TITLE_FONT + 12;
  const legend = legendLayout(data.series, PAD, cursor, width - PAD);
  cursor += legend.height + (legend.rows > 0 ? 4 : 0);
  const noteLines = exportMode ? data.notes.flatMap((n) => wrapText(n, width - 2 * PAD, NOTE_FONT)) : [];
  const footer = noteLines.length > 0 ? noteLines.length * NOTE_LINE + 8 : 0;
  return { title, legend, header: cursor, noteLines, footer };
}

/** A sensible total height for a width: the plot gets about half the width, within 180..380 px. */
export function defaultHeight(data: PowerChartData, width: number, exportMode = false): number {
  const f = frame(data, width, exportMode);
  const plotH = Math.min(380, Math.max(180, Math.round(width * 0.5)));
  return Math.round(f.header + f.footer + DEFAULT_MARGIN.top + DEFAULT_MARGIN.bottom + plotH);
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

/** Spots for the target line's label: along the line, above it then below it, left to right. */
function targetCandidates(left: number, right: number, ty: number, text: string): PlacedLabel[] {
  const w = textWidth(text, MARK_FONT);
  const xs = [left + 4, right - 4 - w, ...[0.25, 0.5, 0.75].map((f) => left + 4 + f * (right - left - 8 - w))];
  return [ty - 5, ty + 4 + MARK_FONT * 0.8].flatMap((y) => xs.map((x) => ({ x, y, anchor: 'start' as const })));
}

type MarkPoint = TargetMark & { x: number; y: number; label: string };

/** Labels for the target marks; marks at the same n less than a label's height apart share one label. */
function placeMarks(marks: MarkPoint[], area: Box, taken: Box[], soft: Box[]): MarkLayout[] {
  const placed: MarkLayout[] = [];
  for (const mk of [...marks].sort((a, b) => a.x - b.x || a.y - b.y)) {
    const twin = placed.find((p) => p.showLabel && p.n === mk.n && Math.abs(p.y - mk.y) < MARK_FONT + 3);
    if (twin) {
      placed.push({ ...mk, showLabel: false, labelX: twin.labelX, labelY: twin.labelY, labelAnchor: twin.labelAnchor });
      continue;
    }
    const pl = placeLabel(mk.label, mk.x, mk.y, MARK_FONT, area, taken, soft);
    placed.push({ ...mk, showLabel: true, labelX: r1(pl.x), labelY: r1(pl.y), labelAnchor: pl.anchor });
  }
  return placed;
}

export function powerChartLayout(data: PowerChartData, opts: PowerChartLayoutOptions): PowerChartLayout {
  const exportMode = opts.exportMode ?? false;
  const m: Margins = { ...DEFAULT_MARGIN, ...opts.margin };
  const width = Math.max(1, opts.width);
  const f = frame(data, width, exportMode);
  const top = f.header + m.top;
  const left = m.left;
  const right = Math.max(left + 20, width - m.right);
  const bottom = Math.max(top + 40, opts.height - f.footer - m.bottom);
  const height = Math.max(opts.height, bottom + m.bottom + f.footer);

  const x = scaleLinear().domain(xDomain(data)).range([left, right]);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]).clamp(true);
  const X = (n: number) => r1(x(n));
  const Y = (p: number) => r1(y(p));

  const xCount = Math.max(2, Math.min(10, Math.floor((right - left) / 64)));
  const xTicks = x
    .ticks(xCount)
    .filter(Number.isInteger)
    .map((v) => ({ value: v, pos: X(v), label: formatN(v) }));
  const yTicks = y.ticks(bottom - top < 120 ? 2 : 5).map((v) => ({ value: v, pos: Y(v), label: formatTickPct(v) }));

  const curveFactory = opts.curve === 'linear' ? curveLinear : curveMonotoneX;
  const curveGen = line<PointLayout>((p) => p.x, (p) => p.y).curve(curveFactory).digits(1);
  const bandGen = area<PointLayout>().x((p) => p.x).y0((p) => p.yLo).y1((p) => p.yHi).curve(curveFactory).digits(1);
  const analyticGen = line<PointLayout>((p) => p.x, (p) => p.yAnalytic ?? 0)
    .defined((p) => p.yAnalytic !== null)
    .curve(curveFactory)
    .digits(1);

  const series: SeriesLayout[] = data.series.map((s) => {
    const points: PointLayout[] = s.points
      .filter((p) => Number.isFinite(p.n) && Number.isFinite(p.power))
      .sort((a, b) => a.n - b.n)
      .map((p) => ({
        ...p,
        x: X(p.n),
        y: Y(p.power),
        yLo: Y(p.lo),
        yHi: Y(p.hi),
        yAnalytic: p.analytic === null || !Number.isFinite(p.analytic) ? null : Y(p.analytic),
      }));
    const hasAnalytic = points.some((p) => p.yAnalytic !== null);
    const assurance = (s.assurance ?? [])
      .filter((p) => Number.isFinite(p.n) && Number.isFinite(p.assurance))
      .sort((a, b) => a.n - b.n)
      .map((p) => ({ x: X(p.n), y: Y(p.assurance) }));
    const assuranceGen = line<{ x: number; y: number }>((p) => p.x, (p) => p.y).curve(curveFactory).digits(1);
    return {
      assurance: assurance.length > 0 ? (assuranceGen(assurance) ?? null) : null,
      arm: s.arm,
      color: s.color,
      points,
      curve: curveGen(points) ?? '',
      band: bandGen(points) ?? '',
      analytic: hasAnalytic ? (analyticGen(points) ?? null) : null,
    };
  });

  const ty = Y(data.targetPower);
  const plotBox: Box = { x0: left, y0: top, x1: right, y1: bottom };
  // Labels keep clear of every curve drawn (simulated, closed form, assurance) and of each other.
  const soft = pathObstacles(series.flatMap((s) => [s.curve, s.analytic, s.assurance]));
  const marks0 = data.marks.map((mk) => ({ ...mk, x: X(mk.n), y: Y(mk.power), label: `n = ${formatN(mk.n)}` }));
  const taken: Box[] = marks0.map((mk) => ({ x0: mk.x - 6, y0: mk.y - 6, x1: mk.x + 6, y1: mk.y + 6 }));
  const targetText = `${formatTarget(data.targetPower)} target`;
  const t = placeAmong(targetText, targetCandidates(left, right, ty, targetText), MARK_FONT, plotBox, taken, soft);
  const targetLabel = { text: targetText, x: r1(t.anchor === 'start' ? t.x : t.x - textWidth(targetText, MARK_FONT)), y: r1(t.y) };
  const marks = placeMarks(marks0, plotBox, taken, soft);

  const ns = [...new Set(series.flatMap((s) => s.points.map((p) => p.n)))].sort((a, b) => a - b);
  const notesTop = bottom + m.bottom + 8;
  return {
    width,
    height,
    exportMode,
    plot: { left, top, right, bottom },
    x,
    y,
    xTicks,
    yTicks,
    xLabel: { text: data.xLabel, x: r1((left + right) / 2), y: r1(bottom + 36) },
    yLabel: { text: data.yLabel, x: PAD, y: r1((top + bottom) / 2) },
    series,
    hasAnalytic: series.some((s) => s.analytic !== null),
    target: { value: data.targetPower, y: ty, label: targetLabel },
    marks,
    ns,
    legend: f.legend,
    assuranceAt: new Map(data.series.map((s) => [s.arm, new Map((s.assurance ?? []).map((p) => [p.n, p.assurance]))])),
    title: f.title,
    notes: f.noteLines.map((text, i) => ({ text, x: PAD, y: r1(notesTop + i * NOTE_LINE + NOTE_FONT) })),
  };
}

export interface HoverRow {
  arm: string;
  color: string;
  power: number;
  lo: number;
  hi: number;
  mcse: number;
  analytic: number | null;
  /** Assurance at this n (design prior), or null. */
  assurance: number | null;
  /** y pixel of the simulated power. */
  y: number;
}

export interface HoverPoint {
  /** Index into layout.ns. */
  index: number;
  n: number;
  x: number;
  rows: HoverRow[];
}

/** The hover state for the index-th distinct n (clamped), or null when there are no points. */
export function hoverAt(layout: PowerChartLayout, index: number): HoverPoint | null {
  if (layout.ns.length === 0) return null;
  const i = Math.max(0, Math.min(layout.ns.length - 1, Math.round(index)));
  const n = layout.ns[i];
  const rows: HoverRow[] = [];
  for (const s of layout.series) {
    const p = s.points.find((q) => q.n === n);
    const a = layout.assuranceAt.get(s.arm)?.get(n) ?? null;
    if (p) rows.push({ arm: s.arm, color: s.color, power: p.power, lo: p.lo, hi: p.hi, mcse: p.mcse, analytic: p.analytic, assurance: a, y: p.y });
  }
  return { index: i, n, x: r1(layout.x(n)), rows };
}

/** The simulated n nearest to an x pixel (SVG user units), for pointer hover. */
export function nearestPoint(layout: PowerChartLayout, xPixel: number): HoverPoint | null {
  if (layout.ns.length === 0 || !Number.isFinite(xPixel)) return null;
  return hoverAt(layout, bisectCenter(layout.ns, layout.x.invert(xPixel)));
}

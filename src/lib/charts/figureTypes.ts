/** Plain data for the small generic charts (line, histogram, bars). Charts compute scales from it. */

import type { NumberFormat } from '../../core/report/numberText.ts';

export type { NumberFormat };

/** Shown inside exported figures only: title, then assumption and seed lines under the plot. */
export interface FigureMeta {
  title: string;
  notes: string[];
}

/** Legend swatches: a solid or dashed line, a dotted line (assurance), a band with its line, a box, a dot. */
export type SwatchKind = 'line' | 'dashed' | 'dotted' | 'band' | 'box' | 'dot';

export interface LegendEntry {
  kind: SwatchKind;
  label: string;
  color: string;
  /** data-legend-item of the entry (default: its kind). */
  id?: string;
}

/** A labelled vertical reference line at x (e.g. "observed −4"). */
export interface Marker {
  x: number;
  label: string;
  color: string;
  dashed?: boolean;
}

export interface LinePoint {
  x: number;
  y: number;
  /** Optional 95% Monte Carlo band. */
  lo?: number;
  hi?: number;
}

export interface LineSeries {
  label: string;
  color: string;
  dashed?: boolean;
  /** Dots at the points (default: solid series of at most 30 points). */
  dots?: boolean;
  /** Put each point's data values on its dot (data-x, data-y), for tests and readers of the SVG. */
  valueAttrs?: boolean;
  points: LinePoint[];
}

export interface LineChartData extends FigureMeta {
  series: LineSeries[];
  markers: Marker[];
  /** Emphasised points (the reader's current setting), drawn as dots with a label. */
  highlights: { x: number; y: number; color: string; label: string }[];
  xLabel: string;
  yLabel: string;
  xFormat: NumberFormat;
  yFormat: NumberFormat;
  /** y runs over [0, 1] unless given. */
  yDomain?: [number, number];
}

export interface HistogramData extends FigureMeta {
  /** Left edge of the first bin and the common bin width. */
  lo: number;
  width: number;
  /** Counts per bin, and a subset of them drawn on top in the highlight colour. */
  counts: number[];
  highlighted: number[];
  base: LegendEntry;
  /** Legend entry of the highlighted subset (none when nothing is highlighted). */
  highlight?: LegendEntry;
  /** The count bar heights are shares of (default: the sum of `counts`), e.g. all trials when some have no value. */
  total?: number;
  markers: Marker[];
  xLabel: string;
  xFormat: NumberFormat;
}

export interface Bar {
  label: string;
  value: number | null;
  color: string;
  /** Text at the end of the bar ("n = 53"); shown in place of a bar when value is null. */
  text: string;
}

export interface BarChartData extends FigureMeta {
  bars: Bar[];
  xLabel: string;
  xFormat: NumberFormat;
  legend: LegendEntry[];
}

/**
 * The marks a chart layer draws, as plain positioned data (SVG user units, rounded to 0.1 px): layouts
 * turn data into these without a DOM, the layer components only render them. `key` keeps each DOM
 * node across updates; `attrs` are the data-* attributes tests and exports look for.
 */
export type Attrs = Record<string, string | number>;

/** A stroked path (a curve or a dashed reference curve). */
export interface LineMark {
  key: string;
  d: string;
  color: string;
  width: number;
  dash?: string;
  /** Round joins and caps (solid curves, dotted assurance); butt caps keep a fine dash crisp. */
  round?: boolean;
  attrs: Attrs;
}

/** A filled area (a Monte Carlo band). */
export interface AreaMark {
  key: string;
  d: string;
  color: string;
  attrs: Attrs;
}

/** A straight reference line (target power, a marker at an x value). */
export interface RuleMark {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dash?: string;
  attrs: Attrs;
}

/** A dot; `halo` draws it with a white ring so it stands out on a curve. */
export interface DotMark {
  key: string;
  x: number;
  y: number;
  r: number;
  color: string;
  halo?: boolean;
  attrs: Attrs;
}

/** A text label at a baseline point; `halo` paints a white outline under it to stay legible on lines. */
export interface LabelMark {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  color: string;
  bold?: boolean;
  halo?: boolean;
  /** Vertical shift in em, e.g. 0.35 to centre on y. */
  dy?: number;
  attrs: Attrs;
}

/** A filled rectangle (a bar, a histogram bin). */
export interface RectMark {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
  rx?: number;
  attrs: Attrs;
}

/** Everything a plot draws over its axes, in paint order: rects, areas, rules, lines, dots, labels. */
export interface PlotMarks {
  rects: RectMark[];
  areas: AreaMark[];
  rules: RuleMark[];
  lines: LineMark[];
  dots: DotMark[];
  labels: LabelMark[];
}

/** Merges layer lists in order (later lists paint above earlier ones within each layer). */
export function plotMarks(...parts: Partial<PlotMarks>[]): PlotMarks {
  const out: PlotMarks = { rects: [], areas: [], rules: [], lines: [], dots: [], labels: [] };
  for (const p of parts) for (const k of Object.keys(out) as (keyof PlotMarks)[]) (out[k] as unknown[]).push(...(p[k] ?? []));
  return out;
}

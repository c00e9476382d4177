/**
 * The chart frame and axes as SVG markup, without a browser: the same elements and presentation
 * attributes as FigureFrame.svelte and PlotAxes.svelte draw from the same layouts.
 */
import type { AxesLayout } from '../lib/charts/axesLayout.ts';
import { ASSURANCE_DASH, AXIS_GREY, GRID_GREY, NOTE_GREY, TEXT_GREY } from '../lib/charts/chartText.ts';
import { LEGEND_FONT, NOTE_FONT, SWATCH, TITLE_FONT, type FrameLayout, type PlacedEntry } from '../lib/charts/frameLayout.ts';
import { el, text } from './svgElement.ts';

/** Snap 1 px lines to the pixel grid (as PlotAxes does). */
const crisp = (v: number) => Math.round(v) + 0.5;

function swatch(e: PlacedEntry): string {
  switch (e.kind) {
    case 'box':
      return el('rect', { x: e.x + 3, y: e.y - 6, width: SWATCH - 6, height: 12, fill: e.color });
    case 'dot':
      return el('circle', { cx: e.x + SWATCH / 2, cy: e.y, r: 4.5, fill: e.color, stroke: '#ffffff', 'stroke-width': 1.5 });
    case 'band':
      return (
        el('rect', { x: e.x, y: e.y - 5, width: SWATCH, height: 10, fill: e.color, 'fill-opacity': 0.18 }) +
        el('line', { x1: e.x, x2: e.x + SWATCH, y1: e.y, y2: e.y, stroke: e.color, 'stroke-width': 1.75 })
      );
    case 'dotted':
      return el('line', { x1: e.x + 1, x2: e.x + SWATCH, y1: e.y, y2: e.y, stroke: e.color, 'stroke-width': 2.5, 'stroke-dasharray': ASSURANCE_DASH, 'stroke-linecap': 'round' });
    case 'dashed':
      return el('line', { x1: e.x, x2: e.x + SWATCH, y1: e.y, y2: e.y, stroke: e.color, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
    default:
      return el('line', { x1: e.x, x2: e.x + SWATCH, y1: e.y, y2: e.y, stroke: e.color, 'stroke-width': 2.5, 'stroke-linecap': 'round' });
  }
}

/** Title, legend and notes (FigureFrame.svelte). */
export function frameSvg(frame: FrameLayout): string {
  const title = frame.title.map((t) => text({ 'data-export-title': true, x: t.x, y: t.y, 'font-size': TITLE_FONT, 'font-weight': 600, fill: '#111827' }, t.text));
  const legend = frame.legend.map((e) => el('g', { 'data-legend-item': e.id ?? e.kind }, swatch(e) + text({ x: e.textX, y: e.y, dy: '0.32em' }, e.label)));
  const notes = frame.notes.map((n) => text({ 'data-export-note': true, x: n.x, y: n.y, 'font-size': NOTE_FONT, fill: NOTE_GREY }, n.text));
  return title.join('') + el('g', { 'data-chart-part': 'legend', 'font-size': LEGEND_FONT, fill: TEXT_GREY }, legend.join('')) + notes.join('');
}

/** Grid, tick labels and axis titles (PlotAxes.svelte). */
export function axesSvg(axes: AxesLayout): string {
  const p = axes.plot;
  const grid = [
    ...(axes.yGrid ? axes.yTicks.map((t) => el('line', { x1: p.left, x2: p.right, y1: crisp(t.pos), y2: crisp(t.pos) })) : []),
    ...(axes.xGrid ? axes.xTicks.map((t) => el('line', { x1: crisp(t.pos), x2: crisp(t.pos), y1: p.top, y2: p.bottom, 'stroke-opacity': 0.6 })) : []),
  ];
  const yAxis = [
    ...axes.yTicks.map((t) => text({ x: p.left - 8, y: t.pos, dy: '0.32em', 'text-anchor': 'end' }, t.label)),
    ...(axes.yLabel.text
      ? [text({ transform: `translate(${axes.yLabel.x} ${axes.yLabel.y}) rotate(-90)`, 'text-anchor': 'middle', dy: '0.71em', 'font-size': 13, fill: TEXT_GREY }, axes.yLabel.text)]
      : []),
  ];
  const base = crisp(p.bottom);
  const xAxis = [
    ...(axes.baseline ? [el('line', { x1: p.left, x2: p.right, y1: base, y2: base, stroke: AXIS_GREY, 'stroke-width': 1 })] : []),
    ...axes.xTicks.map(
      (t) =>
        (axes.baseline ? el('line', { x1: crisp(t.pos), x2: crisp(t.pos), y1: base, y2: base + 4, stroke: AXIS_GREY, 'stroke-width': 1 }) : '') +
        text({ x: t.pos, y: p.bottom + 8, dy: '0.71em', 'text-anchor': 'middle' }, t.label),
    ),
    ...axes.xLabel.map((l) => text({ x: l.x, y: l.y, 'text-anchor': 'middle', 'font-size': 13, fill: TEXT_GREY }, l.text)),
  ];
  return (
    el('g', { 'data-chart-part': 'grid', stroke: GRID_GREY, 'stroke-width': 1, fill: 'none' }, grid.join('')) +
    el('g', { 'data-chart-part': 'y-axis', 'font-size': 12, fill: AXIS_GREY }, yAxis.join('')) +
    el('g', { 'data-chart-part': 'x-axis', 'font-size': 12, fill: AXIS_GREY }, xAxis.join(''))
  );
}

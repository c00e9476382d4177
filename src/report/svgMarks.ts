/**
 * A plot's layers as SVG markup, without a browser: the same elements and presentation attributes as
 * PlotLayers.svelte and its layer components (Rects, Areas, Rules, Lines, Dots, Labels), in paint order.
 */
import type { PlotMarks } from '../lib/charts/marks.ts';
import { el, text } from './svgElement.ts';

/** Every layer of `m`, rects first and labels last, so no curve covers a label. */
export function marksSvg(m: PlotMarks): string {
  const rects = m.rects.map((r) => el('rect', { ...r.attrs, x: r.x, y: r.y, width: r.w, height: r.h, rx: r.rx, fill: r.color }));
  const areas = m.areas.map((a) => el('path', { ...a.attrs, d: a.d, fill: a.color, 'fill-opacity': 0.14, stroke: 'none' }));
  const rules = m.rules.map((r) => el('line', { ...r.attrs, x1: r.x1, x2: r.x2, y1: r.y1, y2: r.y2, stroke: r.color, 'stroke-width': r.width, 'stroke-dasharray': r.dash }));
  const lines = m.lines.map((l) =>
    el('path', {
      ...l.attrs,
      d: l.d,
      fill: 'none',
      stroke: l.color,
      'stroke-width': l.width,
      'stroke-dasharray': l.dash,
      'stroke-linejoin': l.round ? 'round' : undefined,
      'stroke-linecap': l.round ? 'round' : undefined,
    }),
  );
  const dots = m.dots.map((d) =>
    el('circle', { ...d.attrs, cx: d.x, cy: d.y, r: d.r, fill: d.color, stroke: d.halo ? '#ffffff' : undefined, 'stroke-width': d.halo ? 1.5 : undefined }),
  );
  const labels = m.labels.map((l) =>
    text(
      {
        ...l.attrs,
        x: l.x,
        y: l.y,
        dy: l.dy === undefined ? undefined : `${l.dy}em`,
        'text-anchor': l.anchor === 'start' ? undefined : l.anchor,
        'font-size': l.size,
        'font-weight': l.bold ? 600 : undefined,
        fill: l.color,
        stroke: l.halo ? '#ffffff' : undefined,
        'stroke-width': l.halo ? 3 : undefined,
        'paint-order': l.halo ? 'stroke' : undefined,
      },
      l.text,
    ),
  );
  return [...rects, ...areas, ...rules, ...lines, ...dots, ...labels].join('');
}

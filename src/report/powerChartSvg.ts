import { chartSummary } from '../lib/charts/hover.ts';
import { FONT_FAMILY, TEXT_GREY } from '../lib/charts/chartText.ts';
import { powerChartLayout } from '../lib/charts/powerChartLayout.ts';
import type { PowerChartData } from '../lib/charts/types.ts';
import { el } from './svgElement.ts';
import { escapeHtml } from './escapeHtml.ts';
import { axesSvg, frameSvg } from './svgFrame.ts';
import { marksSvg } from './svgMarks.ts';

/**
 * The power chart as a self-contained SVG string, built from the app's own layout (powerChartLayout,
 * export mode: white background, title and notes inside) and serialised without a DOM, so the command
 * line draws the figure the app exports. Same root attributes as ChartSvg.svelte.
 */
export function powerChartSvg(data: PowerChartData, width: number): string {
  const L = powerChartLayout(data, { width, height: 0, exportMode: true });
  const { width: w, height: h } = L.frame;
  const body =
    `<title>${escapeHtml(data.title || 'Power curve')}</title>` +
    el('rect', { 'data-export-background': true, width: w, height: h, fill: '#ffffff' }) +
    frameSvg(L.frame) +
    axesSvg(L.axes) +
    marksSvg(L.layers);
  return el(
    'svg',
    {
      'data-testid': 'power-chart',
      xmlns: 'http://www.w3.org/2000/svg',
      width: w,
      height: h,
      viewBox: `0 0 ${w} ${h}`,
      role: 'img',
      'aria-label': chartSummary(data),
      'font-family': FONT_FAMILY,
      'font-size': 12,
      fill: TEXT_GREY,
      style: 'display: block',
    },
    body,
  );
}

import { flushSync, mount, unmount, type Component } from 'svelte';
import { serializeSvg } from '../export/index.ts';
import type { Figure } from '../results/renderFigure.ts';

/**
 * Renders a chart component offscreen as a self-contained export figure (exportMode: white background,
 * title and notes inside the SVG) and returns its markup, like the planner's renderFigure.
 */
export function renderChartFigure<P extends { exportMode?: boolean; width?: number }>(component: Component<P>, props: P, width = 800): Figure {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;visibility:hidden`;
  document.body.appendChild(host);
  const chart = mount(component, { target: host, props: { ...props, width, exportMode: true } });
  try {
    flushSync();
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the chart did not render');
    return { svg: serializeSvg(svg), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
  } finally {
    void unmount(chart);
    host.remove();
  }
}

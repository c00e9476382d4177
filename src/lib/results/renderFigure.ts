import { flushSync, mount, unmount } from 'svelte';
import PowerChart from '../charts/PowerChart.svelte';
import type { PowerChartData } from '../charts/types.ts';
import { serializeSvg } from '../export/index.ts';

export interface Figure {
  svg: string;
  width: number;
  height: number;
}

/** Renders the chart as a self-contained export figure offscreen and returns its SVG markup. */
export function renderFigure(data: PowerChartData, width = 800): Figure {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;visibility:hidden`;
  document.body.appendChild(host);
  const chart = mount(PowerChart, { target: host, props: { data, width, exportMode: true } });
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

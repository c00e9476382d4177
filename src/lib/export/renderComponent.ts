import { flushSync, mount, unmount, type Component } from 'svelte';
import { serializeSvg } from './serializeSvg.ts';

export interface Figure {
  svg: string;
  width: number;
  height: number;
}

/**
 * Renders a chart component offscreen (export mode, fixed width) and returns its standalone SVG.
 * The component must render one <svg> with presentation attributes.
 */
export function renderComponentFigure<P extends Record<string, unknown>>(component: Component<P>, props: P, width: number): Figure {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;visibility:hidden`;
  document.body.appendChild(host);
  const chart = mount(component, { target: host, props });
  try {
    flushSync();
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the figure did not render');
    return { svg: serializeSvg(svg), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
  } finally {
    void unmount(chart);
    host.remove();
  }
}

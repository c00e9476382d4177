import type { Component } from 'svelte';
import { renderComponentFigure, type Figure } from '../export/renderComponent.ts';

/**
 * Renders a chart component offscreen as a self-contained export figure (exportMode: white background,
 * title and notes inside the SVG) and returns its markup, like the planner's renderFigure.
 */
export function renderChartFigure<P extends { exportMode?: boolean; width?: number }>(component: Component<P>, props: P, width = 800): Figure {
  return renderComponentFigure(component as unknown as Component<Record<string, unknown>>, { ...props, width, exportMode: true }, width);
}

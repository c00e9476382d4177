import PowerChart from '../charts/PowerChart.svelte';
import type { PowerChartData } from '../charts/types.ts';
import { renderComponentFigure, type Figure } from '../export/renderComponent.ts';

export type { Figure };

/** Renders the power chart as a self-contained export figure offscreen and returns its SVG markup. */
export function renderFigure(data: PowerChartData, width = 800): Figure {
  return renderComponentFigure(PowerChart, { data, width, exportMode: true }, width);
}

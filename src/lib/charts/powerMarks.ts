/** What the power chart draws besides its labels: legend entries, plot height, curve and band layers. */
import { ASSURANCE_DASH, AXIS_GREY } from './chartText.ts';
import type { LegendEntry } from './figureTypes.ts';
import type { PlotMarks } from './marks.ts';
import type { SeriesLayout } from './powerChartLayout.ts';
import type { CurveSeries } from './types.ts';

/** The plot's height for a width: about half of it, within 180..380 px. */
export const powerPlotHeight = (width: number): number => Math.min(380, Math.max(180, Math.round(width * 0.5)));

/** Legend entries: one per arm, then the band and (if any) the closed form and assurance explanations. */
export function powerLegend(series: readonly CurveSeries[]): LegendEntry[] {
  if (series.length === 0) return [];
  const out: LegendEntry[] = series.map((s) => ({ kind: 'line', id: 'arm', label: s.arm, color: s.color }));
  out.push({ kind: 'band', label: 'simulated ± 95% MC band', color: AXIS_GREY });
  if (series.some((s) => s.points.some((p) => p.analytic !== null))) out.push({ kind: 'dashed', id: 'analytic', label: 'closed form (dashed)', color: AXIS_GREY });
  if (series.some((s) => (s.assurance?.length ?? 0) > 0)) out.push({ kind: 'dotted', id: 'assurance', label: 'assurance under the prior (dotted)', color: AXIS_GREY });
  return out;
}

/**
 * Per arm: the Monte Carlo band, the closed form (thin dashes), assurance (round dots), the simulated
 * curve, and dots at the simulated points when there are few enough to read (≤ 25 per arm).
 */
export function seriesMarks(series: readonly SeriesLayout[]): Partial<PlotMarks> {
  const showDots = series.every((s) => s.points.length <= 25);
  const key = (s: SeriesLayout, i: number) => `${i}|${s.arm}`;
  return {
    areas: series.map((s, i) => ({ key: key(s, i), d: s.band, color: s.color, attrs: { 'data-band-arm': s.arm } })),
    lines: [
      ...series.flatMap((s, i) => (s.analytic ? [{ key: `a${key(s, i)}`, d: s.analytic, color: s.color, width: 1.25, dash: '5 4', attrs: { 'data-analytic-arm': s.arm } }] : [])),
      ...series.flatMap((s, i) =>
        s.assurance ? [{ key: `p${key(s, i)}`, d: s.assurance, color: s.color, width: 2.5, dash: ASSURANCE_DASH, round: true, attrs: { 'data-assurance-arm': s.arm } }] : [],
      ),
      ...series.map((s, i) => ({ key: `s${key(s, i)}`, d: s.curve, color: s.color, width: 1.75, round: true, attrs: { 'data-arm': s.arm } })),
    ],
    dots: showDots ? series.flatMap((s, i) => s.points.map((p, j) => ({ key: `${key(s, i)}|${j}`, x: p.x, y: p.y, r: 2, color: s.color, attrs: { 'data-point-arm': s.arm } }))) : [],
  };
}

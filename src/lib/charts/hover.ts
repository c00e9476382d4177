/** Tooltip layout, keyboard stepping and accessible text for the power chart (pure, no DOM). */
import { format } from 'd3-format';
import { AXIS_GREY, TEXT_GREY, formatPower, formatTarget, r1, textWidth } from './chartText.ts';
import type { HoverPoint, PowerChartLayout } from './powerChartLayout.ts';
import type { PowerChartData } from './types.ts';

export const TOOLTIP_FONT = 12;
const LINE = 16;
const PADDING = 8;
const DOT = 14;
const formatN = format(',');

export interface TooltipLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  fill: string;
  bold: boolean;
  /** Colour of the arm dot drawn before the text, if any. */
  dot: string | null;
}

export interface TooltipLayout {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: TooltipLine[];
}

/** "81.2% ± 0.4%" */
export const powerWithMcse = (power: number, mcse: number): string => `${formatPower(power)} ± ${formatPower(mcse)}`;

export function tooltipLayout(layout: PowerChartLayout, hover: HoverPoint): TooltipLayout {
  const spec: { text: string; indent: number; fill: string; bold: boolean; dot: string | null }[] = [
    { text: `n = ${formatN(hover.n)}`, indent: 0, fill: TEXT_GREY, bold: true, dot: null },
  ];
  for (const r of hover.rows) {
    spec.push({ text: `${r.arm}: ${powerWithMcse(r.power, r.mcse)}`, indent: DOT, fill: TEXT_GREY, bold: false, dot: r.color });
    if (r.analytic !== null) {
      spec.push({ text: `closed form ${formatPower(r.analytic)}`, indent: DOT, fill: AXIS_GREY, bold: false, dot: null });
    }
    if (r.assurance !== null) {
      spec.push({ text: `assurance ${formatPower(r.assurance)}`, indent: DOT, fill: AXIS_GREY, bold: false, dot: null });
    }
  }
  const w = Math.ceil(Math.max(...spec.map((s) => s.indent + textWidth(s.text, TOOLTIP_FONT))) + 2 * PADDING);
  const h = spec.length * LINE + 2 * PADDING - 4;
  const { right, top } = layout.plot;
  // Right of the guide if it fits in the plot, else left of it, else clamped inside the SVG.
  let x = hover.x + 12;
  if (x + w > right && hover.x - 12 - w >= 2) x = hover.x - 12 - w;
  x = Math.max(2, Math.min(x, layout.width - w - 2));
  const y = top + 4;
  const lines = spec.map((s, i) => ({
    text: s.text,
    x: r1(x + PADDING + s.indent),
    y: r1(y + PADDING + i * LINE + TOOLTIP_FONT - 1),
    fill: s.fill,
    bold: s.bold,
    dot: s.dot,
  }));
  return { x: r1(x), y: r1(y), w, h, lines };
}

/** Next hover index for a key press; undefined when the key is not handled. null clears the hover. */
export function stepHover(current: number | null, key: string, count: number): number | null | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current === null ? 0 : Math.min(last, current + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === null ? last : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}

/** One-sentence description for aria-label. */
export function chartSummary(data: PowerChartData): string {
  const arms = data.series.map((s) => s.arm).join(', ');
  const base = `Power curve: ${data.yLabel.toLowerCase()} against ${data.xLabel.toLowerCase()}${arms ? ` for ${arms}` : ''}.`;
  const t = formatTarget(data.targetPower);
  const reached = data.marks.map((m) => `${m.arm} reaches ${t} at n = ${formatN(m.n)}`);
  return reached.length > 0 ? `${base} ${reached.join('; ')}.` : `${base} Target ${t}.`;
}

/** Text for the live region announced while hovering / arrowing through the chart. */
export function hoverSummary(hover: HoverPoint | null): string {
  if (!hover) return '';
  const parts = hover.rows.map(
    (r) =>
      `${r.arm} ${powerWithMcse(r.power, r.mcse)}${r.analytic !== null ? `, closed form ${formatPower(r.analytic)}` : ''}` +
      (r.assurance !== null ? `, assurance ${formatPower(r.assurance)}` : ''),
  );
  return `n = ${formatN(hover.n)}: ${parts.join('; ')}`;
}

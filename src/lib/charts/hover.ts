/** Tooltip layout, keyboard stepping and accessible text for the power chart (pure, no DOM). */
import { count, pct, pctFixed } from '../../core/report/numberText.ts';
import { AXIS_GREY, TEXT_GREY, r1, textWidth } from './chartText.ts';
import type { FrameLayout } from './frameLayout.ts';
import type { HoverPoint } from './powerHover.ts';
import type { PowerChartData } from './types.ts';

export const TOOLTIP_FONT = 12;
const LINE = 16;
const PADDING = 8;
const DOT = 14;

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
export const powerWithMcse = (power: number, mcse: number): string => `${pctFixed(power)} ± ${pctFixed(mcse)}`;

/** The tooltip box beside the hover guide: n, then each arm's power ± MCSE (closed form, assurance). */
export function tooltipLayout(frame: Pick<FrameLayout, 'plot' | 'width'>, hover: HoverPoint): TooltipLayout {
  const spec: { text: string; indent: number; fill: string; bold: boolean; dot: string | null }[] = [
    { text: `n = ${count(hover.n)}`, indent: 0, fill: TEXT_GREY, bold: true, dot: null },
  ];
  for (const r of hover.rows) {
    spec.push({ text: `${r.arm}: ${powerWithMcse(r.power, r.mcse)}`, indent: DOT, fill: TEXT_GREY, bold: false, dot: r.color });
    if (r.analytic !== null) {
      spec.push({ text: `closed form ${pctFixed(r.analytic)}`, indent: DOT, fill: AXIS_GREY, bold: false, dot: null });
    }
    if (r.assurance !== null) {
      spec.push({ text: `assurance ${pctFixed(r.assurance)}`, indent: DOT, fill: AXIS_GREY, bold: false, dot: null });
    }
  }
  const w = Math.ceil(Math.max(...spec.map((s) => s.indent + textWidth(s.text, TOOLTIP_FONT))) + 2 * PADDING);
  const h = spec.length * LINE + 2 * PADDING - 4;
  const { right, top } = frame.plot;
  // Right of the guide if it fits in the plot, else left of it, else clamped inside the SVG.
  let x = hover.x + 12;
  if (x + w > right && hover.x - 12 - w >= 2) x = hover.x - 12 - w;
  x = Math.max(2, Math.min(x, frame.width - w - 2));
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
export function stepHover(current: number | null, key: string, stops: number): number | null | undefined {
  if (stops === 0) return undefined;
  const last = stops - 1;
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
  const t = pct(data.targetPower);
  const reached = data.marks.map((m) => `${m.arm} reaches ${t} at n = ${count(m.n)}`);
  return reached.length > 0 ? `${base} ${reached.join('; ')}.` : `${base} Target ${t}.`;
}

/** Text for the live region announced while hovering / arrowing through the chart. */
export function hoverSummary(hover: HoverPoint | null): string {
  if (!hover) return '';
  const parts = hover.rows.map(
    (r) =>
      `${r.arm} ${powerWithMcse(r.power, r.mcse)}${r.analytic !== null ? `, closed form ${pctFixed(r.analytic)}` : ''}` +
      (r.assurance !== null ? `, assurance ${pctFixed(r.assurance)}` : ''),
  );
  return `n = ${count(hover.n)}: ${parts.join('; ')}`;
}

/** Where the power chart's labels go: the target line's label and the "n = …" labels of target marks. */
import { pct, count } from '../../core/report/numberText.ts';
import { NOTE_GREY, TARGET_GREY, TEXT_GREY, r1, textWidth } from './chartText.ts';
import type { FrameLayout, TextLine } from './frameLayout.ts';
import { placeAmong, placeLabel, type Box, type PlacedLabel } from './labelPlacement.ts';
import type { PlotMarks } from './marks.ts';
import { pathObstacles } from './pathSample.ts';
import type { TargetMark } from './types.ts';

export const MARK_FONT = 11;

export interface MarkLayout extends TargetMark {
  x: number;
  y: number;
  label: string;
  /** False for a mark sharing the label of an earlier one at the same n and nearly the same power. */
  showLabel: boolean;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface TargetLayout {
  value: number;
  y: number;
  label: TextLine;
}

/** Spots for the target line's label: along the line, above it then below it, left to right. */
function targetCandidates(left: number, right: number, ty: number, text: string): PlacedLabel[] {
  const w = textWidth(text, MARK_FONT);
  const xs = [left + 4, right - 4 - w, ...[0.25, 0.5, 0.75].map((f) => left + 4 + f * (right - left - 8 - w))];
  return [ty - 5, ty + 4 + MARK_FONT * 0.8].flatMap((y) => xs.map((x) => ({ x, y, anchor: 'start' as const })));
}

type MarkPoint = TargetMark & { x: number; y: number; label: string };

/** Labels for the target marks; marks at the same n less than a label's height apart share one label. */
function placeMarks(marks: MarkPoint[], area: Box, taken: Box[], soft: Box[]): MarkLayout[] {
  const placed: MarkLayout[] = [];
  for (const mk of [...marks].sort((a, b) => a.x - b.x || a.y - b.y)) {
    const twin = placed.find((p) => p.showLabel && p.n === mk.n && Math.abs(p.y - mk.y) < MARK_FONT + 3);
    if (twin) {
      placed.push({ ...mk, showLabel: false, labelX: twin.labelX, labelY: twin.labelY, labelAnchor: twin.labelAnchor });
      continue;
    }
    const pl = placeLabel(mk.label, mk.x, mk.y, MARK_FONT, area, taken, soft);
    placed.push({ ...mk, showLabel: true, labelX: r1(pl.x), labelY: r1(pl.y), labelAnchor: pl.anchor });
  }
  return placed;
}

/**
 * The target line's label and the marks' labels, clear of every curve drawn (`curves`: simulated,
 * closed form, assurance), of the marks and of each other.
 */
export function powerLabels(
  plot: FrameLayout['plot'],
  targetPower: number,
  marks: readonly TargetMark[],
  curves: readonly (string | null)[],
  X: (n: number) => number,
  Y: (p: number) => number,
): { target: TargetLayout; marks: MarkLayout[] } {
  const { left, right, top, bottom } = plot;
  const ty = Y(targetPower);
  const plotBox: Box = { x0: left, y0: top, x1: right, y1: bottom };
  const soft = pathObstacles(curves);
  const marks0 = marks.map((mk) => ({ ...mk, x: X(mk.n), y: Y(mk.power), label: `n = ${count(mk.n)}` }));
  const taken: Box[] = marks0.map((mk) => ({ x0: mk.x - 6, y0: mk.y - 6, x1: mk.x + 6, y1: mk.y + 6 }));
  const text = `${pct(targetPower)} target`;
  const t = placeAmong(text, targetCandidates(left, right, ty, text), MARK_FONT, plotBox, taken, soft);
  const label = { text, x: r1(t.anchor === 'start' ? t.x : t.x - textWidth(text, MARK_FONT)), y: r1(t.y) };
  return { target: { value: targetPower, y: ty, label }, marks: placeMarks(marks0, plotBox, taken, soft) };
}

/** The target line and the marks as layers: a dashed grey rule, haloed dots, bold "n = …" labels. */
export function labelMarks(plot: FrameLayout['plot'], target: TargetLayout, marks: readonly MarkLayout[]): Partial<PlotMarks> {
  return {
    rules: [{ key: 'target', x1: plot.left, x2: plot.right, y1: target.y, y2: target.y, color: TARGET_GREY, width: 1, dash: '4 4', attrs: { 'data-target-line': '' } }],
    dots: marks.map((m, i) => ({ key: `m${i}`, x: m.x, y: m.y, r: 4.5, color: m.color, halo: true, attrs: { 'data-mark-arm': m.arm } })),
    labels: [
      { key: 'target', text: target.label.text, x: target.label.x, y: target.label.y, anchor: 'start', size: MARK_FONT, color: NOTE_GREY, attrs: { 'data-target-label': '' } },
      ...marks.flatMap((m, i) =>
        m.showLabel
          ? [{ key: `m${i}`, text: m.label, x: m.labelX, y: m.labelY, anchor: m.labelAnchor, size: MARK_FONT, color: TEXT_GREY, bold: true, attrs: { 'data-mark-label': '' } }]
          : [],
      ),
    ],
  };
}

import type { CompositePoint } from '../../explain/composite.ts';
import { anyOfIndependent } from '../../explain/independence.ts';
import type { Estimate } from '../../explain/proportionSummary.ts';
import type { CompositeInputs } from '../../explain/sections/composite.ts';
import type { TrialAsRunInputs } from '../../explain/sections/trialAsRun.ts';
import { percent, points } from './say.ts';

/** Section 4 of the explanation page in words: every conclusion follows from the computed numbers. */

const near = (pts: readonly CompositePoint[] | null, p: number) => pts?.find((q) => Math.abs(q.placebo[0] - p) < 1e-9);

export function compositeText(i: CompositeInputs, trial: TrialAsRunInputs, pts: readonly CompositePoint[] | null): string[] {
  const p = i.placeboPct / 100;
  const q = near(pts, p);
  return [
    `EDSS Plus counts a patient as improved if any of three measures improves (EDSS, T25FW or 9HPT), so a placebo patient counts as improved whenever any one of them improves by chance. If each measure improves by chance in ${percent(p)} of placebo patients, ${percent(q?.compositeRates[0])} of the placebo arm improves on at least one (simulated; 1 − (1 − p)³ = ${percent(anyOfIndependent(p, 3))} if the measures were independent). The trial's saline arm: ${percent(trial.salinePct / 100)}.`,
    `${contrastSentence(i, q ? q.compositeRates[1] - q.compositeRates[0] : NaN)} ${compositePowerSentence(q?.single ?? null, q?.composite ?? null)}`,
  ];
}

/** How much of the T25FW gain reaches the composite: the rest went to patients already improved on another measure. */
export function contrastSentence(i: CompositeInputs, contrast: number): string {
  const e = i.effectPts / 100;
  if (e === 0) return 'A treatment that adds nothing to T25FW improvement adds nothing to the composite either.';
  const start = `A treatment that adds ${points(e)} to T25FW improvement adds`;
  if (!Number.isFinite(contrast)) return `${start} … to the composite.`;
  const lost = 1 - contrast / e;
  if (lost >= 0.1) return `${start} only ${points(contrast, 1)} to the composite: about ${percent(lost)} of the patients it helps had already improved on another measure.`;
  return `${start} ${points(contrast, 1)} to the composite, nearly all of it: few placebo patients improve on another measure.`;
}

/** Power of the single measure against the composite, judged with their Monte Carlo intervals. */
export function compositePowerSentence(single: Estimate | null, comp: Estimate | null): string {
  const both = `Power: ${percent(single?.value)} for T25FW improvement alone, ${percent(comp?.value)} for the composite`;
  if (single === null || comp === null) return `${both}.`;
  if (comp.hi < single.lo) return `${both}: the composite loses ${points(single.value - comp.value).replace(/^\+/, '')} of power.`;
  if (comp.lo > single.hi) return `${both}: here the composite has more power.`;
  return `${both}: about the same.`;
}

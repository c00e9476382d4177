import type { CompositeParams, CompositePoint } from '../../../core/explain/composite.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import type { Estimate } from '../../../core/explain/proportionSummary.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../inputs/fieldCheck.ts';
import { figureNotes, grid, num, percent, points } from './say.ts';
import type { TrialAsRunInputs } from './trialAsRun.ts';

export interface CompositeInputs {
  /** Placebo improvement rate of each of the three measures, %. */
  placeboPct: number;
  /** What MSC-NP adds to T25FW improvement, percentage points. */
  effectPts: number;
  /** Correlation between the measures (0 = independent). */
  rho: number;
}

/**
 * The per-measure placebo rate that gives the reported composite rate under independence:
 * 1 − (1 − p)³ = composite ⇒ p = 1 − (1 − composite)^(1/3) (derived).
 */
export const perMeasureRate = (composite: number): number => 1 - Math.cbrt(1 - composite);

export const compositeDefaults = (trial: TrialAsRunInputs): CompositeInputs => ({
  placeboPct: perMeasureRate(trial.salinePct / 100) * 100,
  effectPts: 20,
  rho: 0,
});

const T25FW = 1; // components: EDSS, T25FW, 9HPT

export function compositeParams(i: CompositeInputs, trial: TrialAsRunInputs, seed: string): CompositeParams {
  const rates = grid(0, 0.4, 0.025, [i.placeboPct / 100]);
  return {
    seed,
    sims: 10_000,
    nControl: TRIAL_FACTS.analysedSaline.value,
    nTreatment: TRIAL_FACTS.analysedMscNp.value,
    placebo: rates.map((p) => [p, p, p]),
    component: T25FW,
    effect: i.effectPts / 100,
    rho: i.rho,
    test: trial.test,
    alpha: TRIAL_FACTS.alpha.value,
  };
}

const near = (pts: readonly CompositePoint[] | null, p: number) => pts?.find((q) => Math.abs(q.placebo[0] - p) < 1e-9);

/** Inputs of section 4 (sliders, checked all the same). */
export function checkComposite(raw: Raw<CompositeInputs>): FieldErrors {
  return checkNumbers(raw, {
    placeboPct: { label: 'Placebo improvement per measure', lo: 0, hi: 40, unit: '%' },
    effectPts: { label: 'MSC-NP adds to T25FW improvement', lo: 0, hi: 50, unit: ' points' },
    rho: { label: 'Correlation between measures', lo: 0, hi: 0.9 },
  });
}

export function compositeText(i: CompositeInputs, trial: TrialAsRunInputs, pts: readonly CompositePoint[] | null): string[] {
  const p = i.placeboPct / 100;
  const q = near(pts, p);
  return [
    `EDSS Plus counts a patient as improved if any of three measures improves (EDSS, T25FW or 9HPT), so a placebo patient counts as improved whenever any one of them improves by chance. If each measure improves by chance in ${percent(p)} of placebo patients, ${percent(q?.compositeRates[0])} of the placebo arm improves on at least one (simulated; 1 − (1 − p)³ = ${percent(1 - (1 - p) ** 3)} if the measures were independent). The trial's saline arm: ${percent(trial.salinePct / 100)}.`,
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

export function compositeChart(i: CompositeInputs, pts: readonly CompositePoint[], seed: string): LineChartData {
  const q = near(pts, i.placeboPct / 100);
  const line = (f: (c: CompositePoint) => { value: number; lo: number; hi: number }) =>
    pts.map((c) => ({ x: c.placebo[0], y: f(c).value, lo: f(c).lo, hi: f(c).hi }));
  return {
    title: `Power of a composite of improvements vs the one measure the treatment moves (T25FW +${num(i.effectPts)} points)`,
    notes: figureNotes(
      `three measures with equal placebo improvement rates (x axis), correlation ${num(i.rho, 2)}; MSC-NP adds ${num(i.effectPts)} points to T25FW improvement only (assumed); ${TRIAL_FACTS.analysedMscNp.value} vs ${TRIAL_FACTS.analysedSaline.value} analysed; two-sided α = 0.05.`,
      pts[0]?.composite.trials ?? 0,
      seed,
    ),
    series: [
      { label: 'T25FW improvement alone', color: PALETTE[2], points: line((c) => c.single) },
      { label: 'EDSS Plus composite', color: PALETTE[4], points: line((c) => c.composite) },
    ],
    markers: [{ x: i.placeboPct / 100, label: `${percent(i.placeboPct / 100)} per measure`, color: '#6b7280', dashed: true }],
    highlights: q ? [{ x: q.placebo[0], y: q.composite.value, color: PALETTE[4], label: percent(q.composite.value) }] : [],
    xLabel: 'Placebo improvement rate of each measure',
    yLabel: 'Power',
    xFormat: 'percent',
    yFormat: 'percent',
  };
}

import type { CompositePoint } from '../../../core/explain/composite.ts';
import type { CompositeInputs } from '../../../core/explain/sections/composite.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import { figureNotes, num, percent } from '../../../core/report/explain/say.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Section 4 of the explanation page as a figure (the experiment's numbers, reshaped). */

const near = (pts: readonly CompositePoint[] | null, p: number) => pts?.find((q) => Math.abs(q.placebo[0] - p) < 1e-9);

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

import type { NullDifferenceParams, NullDifferenceResult } from '../../../core/explain/nullDifference.ts';
import type { PowerByDifferenceResult } from '../../../core/explain/powerByDifference.ts';
import type { TrialAsRunInputs } from '../../../core/explain/sections/trialAsRun.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import { figureNotes, percent, points, provenanceOf } from '../../../core/report/explain/say.ts';
import { TEST_NAME } from '../../../core/report/explain/trialAsRun.ts';
import type { HistogramData, LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Section 1 of the explanation page as a figure (the experiment's numbers, reshaped). */

const N0 = TRIAL_FACTS.analysedSaline.value;
const N1 = TRIAL_FACTS.analysedMscNp.value;

export function powerChart(i: TrialAsRunInputs, r: PowerByDifferenceResult, seed: string): LineChartData {
  const obs = (i.mscNpPct - i.salinePct) / 100;
  return {
    title: `Power of the seed trial's primary analysis (${N1} vs ${N0} analysed) by true difference in EDSS Plus improvement`,
    notes: figureNotes(`saline improvement rate ${percent(i.salinePct / 100)} (${provenanceOf(i.salinePct, TRIAL_FACTS.edssPlusSaline.value * 100, 'reported')}); ${N1} MSC-NP vs ${N0} saline analysed (reported); ${TEST_NAME[i.test]}, two-sided α = 0.05.`, r.points[0]?.power.trials ?? 0, seed),
    series: [
      { label: 'simulated power ± 95% MC band', color: PALETTE[0], points: r.points.map((p) => ({ x: p.difference, y: p.power.value, lo: p.power.lo, hi: p.power.hi })) },
      { label: 'exact (enumeration)', color: PALETTE[0], dashed: true, points: r.points.map((p) => ({ x: p.difference, y: p.exact })) },
    ],
    markers: [{ x: obs, label: `observed ${points(obs)}`, color: PALETTE[1] }],
    highlights: [],
    xLabel: 'True difference, MSC-NP − saline (percentage points)',
    yLabel: 'Power',
    xFormat: 'points',
    yFormat: 'percent',
  };
}

export function nullChart(i: TrialAsRunInputs, p: NullDifferenceParams, r: NullDifferenceResult, seed: string): HistogramData {
  return {
    title: `Observed difference in EDSS Plus improvement when MSC-NP does nothing (${N1} vs ${N0} analysed)`,
    notes: figureNotes(`both arms improve at ${percent(p.rate)}, the pooled observed rate (derived); ${N1} vs ${N0} analysed (reported).`, r.trials, seed),
    lo: p.bins.lo,
    width: p.bins.width,
    counts: r.counts,
    highlighted: r.extremeCounts,
    base: { kind: 'box', label: 'all null trials', color: '#9fb6cd' },
    highlight: { kind: 'box', label: `at least as far from 0 as ${points(p.observed)}`, color: PALETTE[1] },
    markers: [{ x: p.observed, label: `observed ${points(p.observed)}`, color: '#7a3b00' }],
    xLabel: 'Observed difference, MSC-NP − saline (percentage points)',
    xFormat: 'points',
  };
}

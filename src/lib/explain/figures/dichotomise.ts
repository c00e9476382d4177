import type { DichotomiseResult } from '../../../core/explain/dichotomise.ts';
import { type DichotomiseInputs, THRESHOLDS } from '../../../core/explain/sections/dichotomise.ts';
import { TRIAL_FACTS } from '../../../core/trialFacts.ts';
import { figureNotes, num, percent, provenanceOf } from '../../../core/report/explain/say.ts';
import type { LineChartData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Section 3 of the explanation page as a figure (the experiment's numbers, reshaped). */

const at = (r: DichotomiseResult | null, t: number) => r?.responder.find((p) => p.threshold === t);

export function dichotomiseChart(i: DichotomiseInputs, r: DichotomiseResult, seed: string): LineChartData {
  const flat = (e: { value: number }) => THRESHOLDS.map((x) => ({ x, y: e.value }));
  const p = at(r, i.threshold);
  return {
    title: `Power of three analyses of the same simulated T25FW data (${i.nPerArm} per arm, ${i.noisePct}% visit-to-visit noise)`,
    notes: figureNotes(
      `true % improvement ${num(TRIAL_FACTS.t25fwMscNpMean.value)} ± ${num(TRIAL_FACTS.t25fwMscNpSd.value)} (MSC-NP) and ${num(TRIAL_FACTS.t25fwSalineMean.value)} ± ${num(TRIAL_FACTS.t25fwSalineSd.value)} (saline), reported, log-normal time ratio; ${i.nPerArm} per arm (${provenanceOf(i.nPerArm, TRIAL_FACTS.subgroupPerArm.value, TRIAL_FACTS.subgroupPerArm.provenance)}); noise sd ${i.noisePct}% on the log time ratio (${provenanceOf(i.noisePct, TRIAL_FACTS.visitNoisePct.value, 'reported range')}); two-sided α = 0.05.`,
      r.welch.trials,
      seed,
    ),
    series: [
      { label: 'Welch t on % change', color: PALETTE[0], dots: false, points: flat(r.welch) },
      { label: 'Mann–Whitney', color: PALETTE[2], dots: false, points: flat(r.mannWhitney) },
      {
        label: `responders ≥ threshold (${i.test === 'fisher' ? 'Fisher' : 'chi-square'})`,
        color: PALETTE[1],
        points: r.responder.map((q) => ({ x: q.threshold, y: q.power.value, lo: q.power.lo, hi: q.power.hi })),
      },
    ],
    markers: [{ x: i.threshold, label: `≥ ${i.threshold}%`, color: '#6b7280', dashed: true }],
    highlights: p ? [{ x: p.threshold, y: p.power.value, color: PALETTE[1], label: percent(p.power.value) }] : [],
    xLabel: 'Responder threshold (% improvement in T25FW)',
    yLabel: 'Power',
    xFormat: 'integer',
    yFormat: 'percent',
  };
}

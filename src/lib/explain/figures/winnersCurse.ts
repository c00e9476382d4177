import type { WinnersCurseInputs } from '../../../core/explain/sections/winnersCurse.ts';
import { observedT25fwDifference, TRIAL_FACTS } from '../../../core/trialFacts.ts';
import type { WinnersCurseParams, WinnersCurseResult } from '../../../core/explain/winnersCurse.ts';
import { figureNotes, num, percent } from '../../../core/report/explain/say.ts';
import type { HistogramData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Section 5 of the explanation page as a figure (the experiment's numbers, reshaped). */

export function winnersCurseChart(i: WinnersCurseInputs, p: WinnersCurseParams, r: WinnersCurseResult, seed: string): HistogramData {
  const observed = observedT25fwDifference();
  return {
    title: `Estimated T25FW benefit in ${i.nPerArm}-per-arm subgroup trials when the truth is ${num(i.trueDiff)} points, and the ones that reach p < 0.05`,
    notes: figureNotes(
      `normal outcomes with the subgroup's sds ${num(p.sdTreatment)} (MSC-NP) and ${num(p.sdControl)} (saline), reported; true difference ${num(i.trueDiff)} (assumed; the seed trial's subgroup observed ${num(observed)}); ${i.nPerArm} per arm (${i.nPerArm === TRIAL_FACTS.subgroupPerArm.value ? TRIAL_FACTS.subgroupPerArm.provenance : 'assumed'}); Welch t-test, two-sided α = 0.05. Exaggeration ${num(r.exaggeration, 2)}×, type S ${percent(r.typeS.value)}.`,
      r.power.trials,
      seed,
    ),
    lo: p.bins.lo,
    width: p.bins.width,
    counts: r.all,
    highlighted: r.significant,
    base: { kind: 'box', label: 'all simulated subgroup trials', color: '#9fb6cd' },
    highlight: { kind: 'box', label: 'p < 0.05', color: PALETTE[1] },
    markers: [
      { x: i.trueDiff, label: `true ${num(i.trueDiff)}`, color: '#111827', dashed: true },
      { x: observed, label: `seed trial ${num(observed)}`, color: PALETTE[0] },
    ],
    xLabel: 'Estimated difference in T25FW % improvement, MSC-NP − saline (points)',
    xFormat: 'decimal',
  };
}

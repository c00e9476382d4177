import { niceBins } from '../../../core/explain/bins.ts';
import { observedT25fwDifference, SEED } from '../../../core/explain/seedFacts.ts';
import type { WinnersCurseParams, WinnersCurseResult } from '../../../core/explain/winnersCurse.ts';
import type { HistogramData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import { figureNotes, num, percent } from './say.ts';

export interface WinnersCurseInputs {
  nPerArm: number;
  /** True T25FW benefit, percentage points of % improvement. */
  trueDiff: number;
}

/** Default truth: half the observed subgroup difference (the shrinkage section 7 uses too). */
export const winnersCurseDefaults = (): WinnersCurseInputs => ({
  nPerArm: SEED.subgroupPerArm.value,
  trueDiff: Math.round(observedT25fwDifference() * 0.5 * 100) / 100,
});

export function winnersCurseParams(i: WinnersCurseInputs, seed: string): WinnersCurseParams {
  const sdControl = SEED.t25fwSalineSd.value;
  const sdTreatment = SEED.t25fwMscNpSd.value;
  const se = Math.sqrt((sdControl ** 2 + sdTreatment ** 2) / i.nPerArm);
  const reach = Math.max(4.5 * se, Math.abs(observedT25fwDifference() - i.trueDiff) + se);
  return { seed, sims: 100_000, nPerArm: i.nPerArm, sdControl, sdTreatment, trueDifference: i.trueDiff, alpha: SEED.alpha.value, bins: niceBins(i.trueDiff, reach, 44) };
}

export function winnersCurseText(i: WinnersCurseInputs, r: WinnersCurseResult | null): string[] {
  return [
    `Suppose MSC-NP truly improves the T25FW by ${num(i.trueDiff)} points, half the ${num(observedT25fwDifference())} the EDSS 6.0–6.5 subgroup showed, and the subgroup had ${i.nPerArm} patients per arm (inferred). Only ${percent(r?.power.value)} of such subgroup analyses reach p < 0.05 (Welch).`,
    `Those that do are the ones that happened to overestimate: among them the estimate averages ${num(r?.exaggeration ?? NaN, 2)} times the truth (the exaggeration ratio; the normal-theory closed form gives ${num(r?.closedForm.exaggeration ?? NaN, 2)}), and ${percent(r?.typeS.value)} point the wrong way (type S). A significant estimate from a subgroup this small is a biased estimate of the effect.`,
  ];
}

export function winnersCurseChart(i: WinnersCurseInputs, p: WinnersCurseParams, r: WinnersCurseResult, seed: string): HistogramData {
  const observed = observedT25fwDifference();
  return {
    title: `Estimated T25FW benefit in ${i.nPerArm}-per-arm subgroup trials when the truth is ${num(i.trueDiff)} points, and the ones that reach p < 0.05`,
    notes: figureNotes(
      `normal outcomes with the subgroup's sds ${num(p.sdTreatment)} (MSC-NP) and ${num(p.sdControl)} (saline), reported; true difference ${num(i.trueDiff)} (assumed: half the observed ${num(observed)}); ${i.nPerArm} per arm (inferred); Welch t-test, two-sided α = 0.05. Exaggeration ${num(r.exaggeration, 2)}×, type S ${percent(r.typeS.value)}.`,
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

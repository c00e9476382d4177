import { niceBins } from '../../../core/explain/bins.ts';
import { observedT25fwDifference, TRIAL_FACTS } from '../../../core/trialFacts.ts';
import type { WinnersCurseParams, WinnersCurseResult } from '../../../core/explain/winnersCurse.ts';
import type { HistogramData } from '../../charts/figureTypes.ts';
import { PALETTE } from '../../charts/palette.ts';
import { checkNumbers, type FieldErrors, type Raw } from '../inputs/fieldCheck.ts';
import { figureNotes, num, percent } from './say.ts';

export interface WinnersCurseInputs {
  nPerArm: number;
  /** True T25FW benefit, percentage points of % improvement. */
  trueDiff: number;
}

/** Default truth: half the observed subgroup difference (the shrinkage section 7 uses too). */
export const winnersCurseDefaults = (): WinnersCurseInputs => ({
  nPerArm: TRIAL_FACTS.subgroupPerArm.value,
  trueDiff: Math.round(observedT25fwDifference() * 0.5 * 100) / 100,
});

export function winnersCurseParams(i: WinnersCurseInputs, seed: string): WinnersCurseParams {
  const sdControl = TRIAL_FACTS.t25fwSalineSd.value;
  const sdTreatment = TRIAL_FACTS.t25fwMscNpSd.value;
  const se = Math.sqrt((sdControl ** 2 + sdTreatment ** 2) / i.nPerArm);
  const reach = Math.max(4.5 * se, Math.abs(observedT25fwDifference() - i.trueDiff) + se);
  return { seed, sims: 100_000, nPerArm: i.nPerArm, sdControl, sdTreatment, trueDifference: i.trueDiff, alpha: TRIAL_FACTS.alpha.value, bins: niceBins(i.trueDiff, reach, 44) };
}

/** Inputs of section 5. */
export function checkWinnersCurse(raw: Raw<WinnersCurseInputs>): FieldErrors {
  return checkNumbers(raw, {
    trueDiff: { label: 'True T25FW benefit', lo: 1, hi: 100, unit: ' points' },
    nPerArm: { label: 'Subgroup patients per arm', lo: 4, hi: 200, integer: true },
  });
}

/** An exaggeration ratio at least this large is called a biased estimate. */
export const BIASED = 1.1;

export function winnersCurseText(i: WinnersCurseInputs, r: WinnersCurseResult | null): string[] {
  const obs = observedT25fwDifference();
  const share = Math.abs(i.trueDiff / obs - 0.5) < 0.005 ? 'half' : `${percent(i.trueDiff / obs)} of`;
  const n = i.nPerArm === TRIAL_FACTS.subgroupPerArm.value ? `${i.nPerArm} patients per arm (${TRIAL_FACTS.subgroupPerArm.provenance})` : `${i.nPerArm} patients per arm`;
  const power = r?.power.value;
  return [
    `Suppose MSC-NP truly improves the T25FW by ${num(i.trueDiff)} points, ${share} the ${num(obs)} the EDSS 6.0–6.5 subgroup showed, and the subgroup had ${n}. ${power !== undefined && power < 0.5 ? 'Only ' : ''}${percent(power)} of such subgroup analyses reach p < 0.05 (Welch).`,
    curseVerdict(r),
  ];
}

/** What selecting on significance does to the estimate, from the simulated exaggeration ratio and type S rate. */
export function curseVerdict(r: Pick<WinnersCurseResult, 'exaggeration' | 'typeS' | 'closedForm'> | null): string {
  const e = num(r?.exaggeration ?? NaN, 2);
  const closed = `the exaggeration ratio; the normal-theory closed form gives ${num(r?.closedForm.exaggeration ?? NaN, 2)}`;
  const typeS = r === null ? '…' : r.typeS.value === 0 ? 'none' : percent(r.typeS.value);
  if (r !== null && !Number.isFinite(r.exaggeration)) return 'No simulated analysis reached p < 0.05, so there is no significant estimate to exaggerate.';
  if (r === null || !(r.exaggeration >= BIASED))
    return `Among those that do, the estimate averages ${e} times the truth (${closed}), and ${typeS} point the wrong way (type S)${r === null ? '.' : ': with power this high, keeping only the significant results barely biases the estimate.'}`;
  return `Those that do are the ones that happened to overestimate: among them the estimate averages ${e} times the truth (${closed}), and ${typeS} point the wrong way (type S). A significant estimate from a subgroup this small is a biased estimate of the effect.`;
}

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

import type { WinnersCurseInputs } from '../../explain/sections/winnersCurse.ts';
import { observedT25fwDifference, TRIAL_FACTS } from '../../trialFacts.ts';
import type { WinnersCurseResult } from '../../explain/winnersCurse.ts';
import { num, percent } from './say.ts';

/** Section 5 of the explanation page in words: every conclusion follows from the computed numbers. */

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

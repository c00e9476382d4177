import { nextTrialDefaults, type NextTrialInputs, type PlanAnswer, type PlanKind } from '../../explain/sections/nextTrial.ts';
import { observedT25fwDifference, TRIAL_FACTS } from '../../trialFacts.ts';
import { num, percent } from './say.ts';
import type { ResultRow } from '../../results/types.ts';

/** Section 7 of the explanation page in words: every conclusion follows from the computed numbers. */

const nText = (a: PlanAnswer | null) => (a === null ? '…' : a.n !== null ? `${a.n} per arm` : `more than ${a.gridMax} per arm`);

export function nextTrialText(i: NextTrialInputs, a: Record<PlanKind, PlanAnswer | null>, shrunkRows: readonly ResultRow[] | undefined, dropout: number): string[] {
  const obs = observedT25fwDifference();
  const atObs = a.observed?.n != null ? shrunkRows?.find((r) => r.nPerArm === a.observed!.n)?.power : undefined;
  const pct = Math.round(i.shrink * 100);
  const thatTrial = a.observed !== null && a.observed.n === null ? '' : `that trial has ${percent(atObs)} power, and `;
  const sd = Math.abs(i.priorSd - nextTrialDefaults().priorSd) < 1e-9 ? ` (the standard error of a ${TRIAL_FACTS.subgroupPerArm.value}-per-arm subgroup estimate)` : '';
  return [
    `Planned on the ${num(obs)}-point T25FW difference the subgroup showed, a follow-up needs ${nText(a.observed)} (randomised, with ${percent(dropout)} dropout) for 80% power. If the truth is ${pct}% of that (${num(obs * i.shrink)} points), ${thatTrial}80% needs ${nText(a.shrunk)}.`,
    `Assurance averages power over what the effect might be: here a normal prior around ${num(obs * i.shrink)} points with sd ${num(i.priorSd)}${sd}. 80% assurance needs ${nText(a.assurance)}${a.assurance?.n === null ? `; it reaches ${percent(a.assurance.best)} there` : ''}. Each bar opens the planner with its scenario.`,
  ];
}

import { anyOfIndependent } from '../../explain/independence.ts';
import type { LooksPoint } from '../../explain/manyLooks.ts';
import type { Estimate } from '../../explain/proportionSummary.ts';
import type { ManyLooksInputs } from '../../explain/sections/manyLooks.ts';
import { TRIAL_FACTS } from '../../trialFacts.ts';
import { num, percent } from './say.ts';

/** Section 6 of the explanation page in words: every conclusion follows from the computed numbers. */

/** A chance of a false positive at least this large is called regular (1 trial in 5 or more often). */
export const REGULAR = 0.2;

export function manyLooksText(i: ManyLooksInputs, pts: readonly LooksPoint[] | null): string[] {
  const p = pts?.find((q) => q.k === i.k);
  const closed = anyOfIndependent(TRIAL_FACTS.alpha.value, i.k);
  return [
    `The trial reports several subgroups and outcomes beside the primary endpoint. With ${i.k} comparison${i.k === 1 ? '' : 's'} and no true effect anywhere, at least one reaches p < 0.05 in ${percent(p?.anySignificant.value)} of simulated trials${i.rho > 0 ? `, with correlation ${num(i.rho, 2)} between them` : ''} (1 − 0.95^${i.k} = ${percent(closed)} if they were independent).`,
    looksVerdict(i, p?.anySignificant ?? null),
  ];
}

/** What the simulated chance of at least one false positive means for a significant subgroup result. */
export function looksVerdict(i: ManyLooksInputs, any: Estimate | null): string {
  if (i.k === 1) return 'With one pre-specified comparison the chance is the test\'s own 5%: a significant result then means what its p-value says.';
  if (any === null) return '…';
  if (any.value >= REGULAR)
    return `A significant subgroup result found after ${i.k} looks is what chance produces regularly (about 1 trial in ${Math.round(1 / any.value)}). It is a hypothesis for the next trial, not a finding of this one.`;
  return `That is more than the 5% a single test promises, though not common: a significant result among ${i.k} looks deserves caution, and confirmation in the next trial.`;
}

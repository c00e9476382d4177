import { plannedDirection } from '../effects/plannedDirection.ts';
import { headlineName } from '../results/headlineRows.ts';
import type { ResolvedScenario } from '../scenario/types.ts';

/** Why there is no n for the target when arm i's planned effect is zero or favours the control; else ''. */
export function noTargetReason(s: ResolvedScenario, i: number, direction = plannedDirection(s)): string {
  if (direction[i] > 0) return '';
  const control = s.arms[0].label;
  const effect = direction[i] < 0 ? `favours ${control}` : 'is zero';
  return `the planned effect of ${s.arms[i].label} ${effect}, so a larger trial cannot give it ${headlineName(s, true)}: no sample size is given`;
}

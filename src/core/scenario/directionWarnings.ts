import { effectPlan } from '../effects/effectPlan.ts';
import { plannedDirection } from '../effects/plannedDirection.ts';
import { pct, signed } from '../report/numberText.ts';
import type { ResolvedScenario } from './types.ts';

/** The planned values of arm i and the control, in words: "33% vs 37% responders", "mean 3.7 vs 10". */
function values(s: ResolvedScenario, i: number): string {
  const v = effectPlan(s).values;
  if (s.endpoint.type === 'binary') return ` (${pct(v[i])} vs ${pct(v[0])} responders)`;
  if (s.endpoint.type === 'responder' || s.analysis.test === 'mann-whitney') return '';
  return ` (mean ${signed(v[i])} vs ${signed(v[0])})`;
}

/**
 * A warning per treatment arm whose planned effect is zero or favours the control: power then only
 * counts false positives or significant harm, so the app and the report give no n for the target.
 */
export function directionWarnings(s: ResolvedScenario): string[] {
  const control = s.arms[0].label;
  const basis = s.effect.basis === 'observed' ? '' : ` after the ${s.effect.basis} basis`;
  return plannedDirection(s).flatMap((d, i) => {
    if (i === 0 || d > 0) return [];
    const arm = s.arms[i].label;
    if (d === 0)
      return [
        `The planned effect of ${arm} is zero${basis}${values(s, i)}: no sample size gives it power to show benefit, ` +
          'and a significant result would be a false positive. Plan on the smallest difference in its favour worth detecting.',
      ];
    return [
      `The planned effect of ${arm} favours ${control}${basis}${values(s, i)}: a larger trial only makes a significant result ` +
        `in ${control}'s favour more likely, so no sample size for the target power is given. ` +
        'Plan on the smallest difference in the treatment\'s favour worth detecting.',
    ];
  });
}

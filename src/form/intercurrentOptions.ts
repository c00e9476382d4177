import type { Intercurrent } from '../core/scenario/types.ts';
import type { FormState } from './formTypes.ts';

type Choice = Intercurrent | 'none';

const LABELS: Record<Choice, string> = {
  none: 'None (no one stops walking)',
  'worst-rank': 'Worst rank (composite)',
  'non-responder': 'Non-responder (composite)',
  exclude: 'Exclude (changes the question)',
  cap: 'Cap the time (composite)',
};

const HINTS: Record<Choice, string> = {
  none: 'Give an arm a loss of ambulation to say how patients unable to walk are analysed.',
  'worst-rank': 'Unable to walk ranks below every walker (Mann–Whitney): it tests whether treated patients tend to do better, not equal means.',
  'non-responder': 'Unable to walk counts as not improved.',
  exclude: 'Unable to walk is analysed as missing: the question becomes one about patients who can still walk, biased when the loss differs between arms.',
  cap: 'Unable to walk gets the time cap (6MWT: 0 m, −100%).',
};

/**
 * The strategies the editor offers for the form's endpoint (the validator's rules: non-responder for
 * responders on a walk, worst-rank and cap for the walk's % improvement, exclude for both).
 * @example intercurrentOptions({ endpoint: 'responder-walk' }).map((o) => o.value) // → ['none', 'non-responder', 'exclude']
 */
export function intercurrentOptions(f: Pick<FormState, 'endpoint'>): { value: Choice; label: string }[] {
  const values: Choice[] = f.endpoint === 'responder-walk' ? ['none', 'non-responder', 'exclude'] : ['none', 'worst-rank', 'exclude', 'cap'];
  return values.map((value) => ({ value, label: LABELS[value] }));
}

/** One line on what the chosen strategy estimates. */
export const intercurrentHint = (c: Choice): string => HINTS[c];

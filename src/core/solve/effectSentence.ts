import { headlineIsBenefit } from '../results/headlineRows.ts';
import type { ValidScenario } from '../scenario/types.ts';

// Its own file: the page words the answer without bundling the search (which runs in a worker).
/** The smallest detectable effect in words. */
export function effectSentence(s: ValidScenario, arm: string, difference: number, multiple: number, power: number, mcse: number, n: number): string {
  const what = headlineIsBenefit(s) ? 'power to show benefit' : 'power';
  return `At n = ${n} per arm the smallest difference (${arm} − control) detected with ${(100 * power).toFixed(1)}% ${what} (MCSE ${(100 * mcse).toFixed(1)}%) is ${difference.toPrecision(3)}, ${multiple.toFixed(2)}× the planned difference.`;
}

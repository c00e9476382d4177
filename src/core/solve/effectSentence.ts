import { headlineIsBenefit } from '../results/headlineRows.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { differenceUnit } from '../report/formatReport.ts';
import { fixed, fmtDiff, pctFixed } from '../report/numberText.ts';

// Its own file: the page words the answer without bundling the search (which runs in a worker).
/** The smallest detectable effect in words. */
export function effectSentence(s: ResolvedScenario, arm: string, difference: number, multiple: number, power: number, mcse: number, n: number): string {
  const what = headlineIsBenefit(s) ? 'power to show benefit' : 'power';
  // Rates are stated in percentage points, as the assumption summary states them.
  const k = s.endpoint.type === 'binary' ? 100 : 1;
  const unit = differenceUnit(s);
  const size = `${fmtDiff(k * difference, Math.abs(k * difference) < 1 ? 3 : 1)}${unit ? ` ${unit}` : ''}`;
  return `At n = ${n} per arm the smallest difference (${arm} − control) detected with ${pctFixed(power)} ${what} (MCSE ${pctFixed(mcse)}) is ${size}, ${fixed(multiple, 2)}× the planned difference.`;
}

import type { FormState, TrendForm } from './formTypes.ts';
import { numberOrText } from './numberOrText.ts';

/**
 * `trendTest.shapePrior` as untrusted data: one weight per ticked shape, in their order (the validator pairs the
 * weights with the written candidates); an empty weight is 0, a non-number stays text so the validator quotes it.
 * @example shapePriorOf({ shapePrior: true, candidates: [{ on: true, weight: '0.6' }, { on: false }, { on: true, weight: '' }] } as TrendForm) // → [0.6, 0]
 */
export function shapePriorOf(t: TrendForm): (number | string)[] | undefined {
  if (!t.shapePrior) return undefined;
  return (t.candidates ?? []).filter((c) => c.on).map((c) => numberOrText(c.weight ?? '') ?? 0);
}

/**
 * The sum of the ticked shapes' weights as typed (empty = 0), or null while one is not a number.
 * @example weightSum([{ on: true, weight: '0.25' }, { on: true, weight: '0.75' }]) // → 1
 */
export function weightSum(rows: readonly { on: boolean; weight?: string }[]): number | null {
  let sum = 0;
  for (const r of rows) {
    if (!r.on) continue;
    const v = numberOrText(r.weight ?? '') ?? 0;
    if (typeof v !== 'number') return null;
    sum += v;
  }
  return sum;
}

/** Field key of a weight's error: `trendTest.shapePrior[i]` counts ticked shapes, the editor shows every row. */
export function weightRowKey(path: string, f: FormState): string {
  const m = /^trendTest\.shapePrior\[(\d+)\]$/.exec(path);
  if (!m || !f.trend?.candidates) return path;
  let seen = -1;
  const j = f.trend.candidates.findIndex((c) => c.on && ++seen === Number(m[1]));
  return j < 0 ? path : `trendTest.rows[${j}].weight`;
}

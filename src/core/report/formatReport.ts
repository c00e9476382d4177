import type { Scenario } from '../scenario/types.ts';

/** Words shared by the report sentences (numbers are written by numberText.ts). */

/** "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The unit a treatment − control difference is in ("percentage points", a continuous unit, or ""). */
export function differenceUnit(s: Scenario): string {
  const e = s.endpoint;
  const src = e.type === 'responder' ? e.source : e;
  return src.type === 'continuous' ? (src.unit ?? '') : 'percentage points';
}

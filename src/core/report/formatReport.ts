import type { Scenario } from '../scenario/types.ts';

/** Number formats shared by the report sentences (fixed locale, so text is reproducible). */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 10000 → "10,000". */
export const count = (n: number): string => grouped.format(n);

/** A proportion as a percentage with at most `digits` decimals, trailing zeros dropped: 0.056 → "5.6%". */
export function pct(p: number, digits = 1): string {
  if (!Number.isFinite(p)) return '–';
  const s = (p * 100).toFixed(digits).replace(/\.?0+$/, '');
  return `${s === '-0' ? '0' : s}%`;
}

/** A proportion as a percentage with exactly `digits` decimals: 0.8125 → "81.3%". */
export const pctFixed = (p: number, digits = 1): string => (Number.isFinite(p) ? `${(p * 100).toFixed(digits)}%` : '–');

/**
 * A signed value with a true minus sign, to at most 4 significant decimals (values derived from a
 * dose-response model are not round): -54.4 → "−54.4", -25.349999999999998 → "−25.35".
 */
export const signed = (v: number): string => {
  const a = String(+Math.abs(v).toFixed(Math.abs(v) >= 100 ? 1 : 2));
  return v < 0 && a !== '0' ? `−${a}` : a;
};

/** "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A difference for display with a true minus and at most `digits` decimals: −12.35 → "−12.4". */
export function fmtDiff(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '–';
  const t = v.toFixed(digits).replace(/\.?0+$/, '');
  return t.startsWith('-') && t !== '-0' ? `−${t.slice(1)}` : t === '-0' ? '0' : t;
}

/** The unit a treatment − control difference is in ("percentage points", a continuous unit, or ""). */
export function differenceUnit(s: Scenario): string {
  const e = s.endpoint;
  const src = e.type === 'responder' ? e.source : e;
  return src.type === 'continuous' ? (src.unit ?? '') : 'percentage points';
}

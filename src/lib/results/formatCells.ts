import { format } from 'd3-format';

const pct1 = format('.1%');
const pct2 = format('.2%');
const grouped = format(',');

/** Display formats for the results table (the data-* attributes keep the unrounded numbers). */
export const fmtPower = (p: number): string => (Number.isFinite(p) ? pct1(p) : '–');
export const fmtMcse = (p: number): string => (Number.isFinite(p) ? `±${pct2(p).replace('%', '')}` : '–');
export const fmtInterval = ([lo, hi]: readonly [number, number]): string =>
  Number.isFinite(lo) && Number.isFinite(hi) ? `${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}` : '–';
export const fmtCount = (n: number): string => grouped(n);

/** "2.4 s", "1 min 5 s": a rough time left. */
export function fmtDuration(ms: number): string {
  const s = Math.max(0, ms / 1000);
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

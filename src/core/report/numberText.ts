/**
 * Every number Stride prints (paragraph, tables, CSV-adjacent text, CLI, charts) is written here, on
 * d3-format: one fixed locale, so text is reproducible in any browser or Node. Negative values get
 * d3's true minus sign (U+2212), as typeset text does; "–" (en dash) stands for a missing value.
 */
import { format } from 'd3-format';

/** How a chart's axis ticks print a number. */
export type NumberFormat = 'percent' | 'points' | 'integer' | 'decimal';

const cache = new Map<string, (v: number) => string>();
/** A memoised d3 formatter for a specifier (format() parses the specifier on each call). */
const f = (spec: string): ((v: number) => string) => {
  let fn = cache.get(spec);
  if (!fn) cache.set(spec, (fn = format(spec)));
  return fn;
};

/**
 * A number to `digits` significant digits in plain decimal notation, trailing zeros dropped.
 * @example significant(70.54, 3) // → "70.5"; significant(1234, 2) → "1,200"; significant(0.001234, 2) → "0.0012"
 */
export const significant = (v: number, digits: number): string => (Number.isFinite(v) ? f(`,.${digits}~r`)(v) : String(v));

/**
 * A whole count with thousands separators.
 * @example count(10000) // → "10,000"
 */
export const count = (n: number): string => f(',.0f')(n);

/**
 * A proportion as a percentage with at most `digits` decimals, trailing zeros dropped.
 * @example pct(0.056) // → "5.6%"; pct(0.8) → "80%"; pct(0.825) → "82.5%"
 */
export const pct = (p: number, digits = 1): string => (Number.isFinite(p) ? f(`.${digits}~%`)(p) : '–');

/**
 * A proportion as a percentage with exactly `digits` decimals.
 * @example pctFixed(0.8125) // → "81.3%"
 */
export const pctFixed = (p: number, digits = 1): string => (Number.isFinite(p) ? f(`.${digits}%`)(p) : '–');

/**
 * A decimal with exactly `digits` decimals.
 * @example fixed(2.25, 1) // → "2.3"; fixed(0.5, 2) → "0.50"
 */
export const fixed = (v: number, digits: number): string => f(`.${digits}f`)(v);

/**
 * A decimal with at most `digits` decimals, trailing zeros dropped, true minus sign.
 * @example fmtDiff(-12.34) // → "−12.3"; fmtDiff(0.5, 2) → "0.5"
 */
export const fmtDiff = (v: number, digits = 1): string => (Number.isFinite(v) ? f(`.${digits}~f`)(v) : '–');

/**
 * A value derived from a model (not round): at most 2 decimals (1 from 100 up), true minus sign.
 * @example signed(-25.349999999999998) // → "−25.35"; signed(-54.4) → "−54.4"
 */
export const signed = (v: number): string => fmtDiff(v, Math.abs(v) >= 100 ? 1 : 2);

/**
 * A change with its sign, "+" for gains and a true minus for losses; zero has no sign.
 * @example signedText(12) // → "+12"; signedText(-4) → "−4"; signedText(0.04, 1) → "0"
 */
export function signedText(v: number, digits = 0): string {
  const s = f(`+.${digits}~f`)(v);
  return /^[+−]0$/.test(s) ? '0' : s;
}

/**
 * A proportion for running text: whole percent, one decimal below 10%, "<0.1%" for a tiny share.
 * @example pctRough(0.049) // → "4.9%"; pctRough(0.123) → "12%"
 */
export function pctRough(p: number): string {
  if (!Number.isFinite(p)) return '–';
  const v = p * 100;
  if (v > 0 && v < 0.05) return '<0.1%';
  return v < 9.95 ? pct(p, 1) : pctFixed(p, 0);
}

/**
 * A Monte Carlo standard error in percentage points, as the results table prints it.
 * @example mcseText(0.0041) // → "±0.41"
 */
export const mcseText = (p: number): string => (Number.isFinite(p) ? `±${f('.2f')(p * 100)}` : '–');

/**
 * A 95% interval of proportions in percent, without the % sign.
 * @example intervalText([0.791, 0.807]) // → "79.1–80.7"
 */
export const intervalText = ([lo, hi]: readonly [number, number]): string =>
  Number.isFinite(lo) && Number.isFinite(hi) ? `${f('.1f')(lo * 100)}–${f('.1f')(hi * 100)}` : '–';

/**
 * A rough time left.
 * @example durationText(2400) // → "2.4 s"; durationText(65000) → "1 min 5 s"
 */
export function durationText(ms: number): string {
  const s = Math.max(0, ms / 1000);
  if (s < 10) return `${f('.1f')(s)} s`;
  if (s < 60) return `${f('.0f')(s)} s`;
  return `${Math.floor(s / 60)} min ${f('.0f')(s % 60)} s`;
}

/**
 * A chart tick label. 'points' are percentage points given as proportions (0.1 → "+10"); `fine`
 * keeps one decimal where a whole number would repeat.
 * @example tickText(0.05, 'percent') // → "5%"; tickText(-0.25, 'decimal') → "−0.25"
 */
export function tickText(v: number, kind: NumberFormat, fine = false): string {
  switch (kind) {
    case 'percent':
      return fine ? pct(v, 1) : pctFixed(v, 0);
    case 'points':
      return signedText(v * 100, fine ? 1 : 0);
    case 'integer':
      return f(',d')(Math.round(v));
    case 'decimal':
      return f('~g')(v);
  }
}

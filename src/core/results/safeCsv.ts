import { csvFormat } from 'd3-dsv';

/** A text a spreadsheet would run as a formula: it starts with =, +, -, @, tab or carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number written as text (e.g. "-0.25", "1e-3"): data, not a formula, kept as it is. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A CSV text cell made safe against formula injection (OWASP "CSV Injection": prefix a single quote
 * to a cell that starts with =, +, -, @, tab or CR). Numbers, and texts that are plain numbers, are
 * left as they are.
 * @example neutraliseCell("=cmd|' /C calc'!A0") // → "'=cmd|' /C calc'!A0"
 */
export function neutraliseCell<T>(v: T): T | string {
  if (typeof v !== 'string' || !FORMULA_START.test(v) || PLAIN_NUMBER.test(v)) return v;
  return `'${v}`;
}

/** d3's csvFormat with every text cell (and header) neutralised: the one CSV writer of the CLI and the app. */
export function safeCsvFormat(rows: readonly object[], columns?: string[]): string {
  const safe = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [neutraliseCell(k), neutraliseCell(v)])));
  return csvFormat(safe, columns?.map((c) => String(neutraliseCell(c))));
}

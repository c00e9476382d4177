import { format } from 'd3-format';
import type { NumberFormat } from './figureTypes.ts';

const percent = format('.0%');
const percentFine = format('.1~%');
const decimal = format('~g');
const integer = format(',d');

/** A signed number with a true minus sign and "+" for gains: 12 → "+12", −4 → "−4". */
export function signedNumber(v: number, digits = 0): string {
  const s = Math.abs(v).toFixed(digits).replace(/\.0+$/, '');
  if (s === '0' || /^0\.0*$/.test(s)) return '0';
  return `${v < 0 ? '−' : '+'}${s}`;
}

/**
 * Tick label for a value. 'points' are percentage points given as proportions (0.1 → "+10");
 * 'percent' prints proportions as percentages.
 * @example formatNumber(0.05, 'percent') // → "5%"
 */
export function formatNumber(v: number, f: NumberFormat, fine = false): string {
  switch (f) {
    case 'percent':
      return fine ? percentFine(v) : percent(v);
    case 'points':
      return signedNumber(v * 100, fine ? 1 : 0);
    case 'integer':
      return integer(Math.round(v));
    case 'decimal':
      return decimal(v).replace('-', '−');
  }
}

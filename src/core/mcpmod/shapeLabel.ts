import { significant } from '../report/numberText.ts';
import type { CandidateModel } from './types.ts';

/**
 * A candidate shape in words with its parameters, for sentences and exports.
 * @example shapeLabel({ model: 'emax', params: { ed50: 5, hill: 1 } }) // → "Emax (ED50 5)"
 */
export function shapeLabel(c: CandidateModel): string {
  const p = c.params;
  const v = (x: number | undefined) => significant(x ?? NaN, 3);
  switch (c.model) {
    case 'emax':
      return (p.hill ?? 1) === 1 ? `Emax (ED50 ${v(p.ed50)})` : `sigmoid Emax (ED50 ${v(p.ed50)}, Hill ${v(p.hill)})`;
    case 'log-linear':
      return `log-linear (offset ${v(p.offset ?? 1)})`;
    case 'exponential':
      return `exponential (δ ${v(p.delta)})`;
    case 'quadratic':
      return `${(p.delta ?? 0) < 0 ? 'umbrella' : 'quadratic'} (δ ${v(p.delta)})`;
    default:
      return c.model;
  }
}

import { count } from '../core/report/numberText.ts';
import { escapeHtml } from './escapeHtml.ts';
import { validationSummary } from './validationSummary.ts';

/**
 * The report's validation section from docs/validation.md's text: how many methods are checked against
 * independent references and whether every check passes. Empty while there is no validation report.
 */
export function validationSectionHtml(markdown: string | null, engineVersion: string): string {
  const v = validationSummary(markdown);
  if (v === null) return '';
  const verdict = v.failing === 0 ? 'all checks pass' : `${count(v.failing)} of them ${v.failing === 1 ? 'does' : 'do'} not pass`;
  const text =
    `The methods of Stride ${engineVersion} are validated by ${count(v.methods)} checks against independent references (exact formulas, R and SciPy) and by calibration: ${verdict}. ` +
    "Each method, its reference, tolerance and result are listed on the Validation page (linked from the app's footer) and in docs/validation.md.";
  return `<section id="validation">\n<h2>Validation</h2>\n<p data-validation>${escapeHtml(text)}</p>\n</section>`;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validationSectionHtml } from '../../src/report/validationSection.ts';
import { validationSummary } from '../../src/report/validationSummary.ts';

/** A validation report whose only verdicts are in a Result column. */
const md = (results: string[]) =>
  ['# Validation', '', '| Method | Reference | Tolerance | Result |', '|---|:---|---|---|', ...results.map((r, i) => `| m${i} | R | 4 MCSE | ${r} |`), '', 'Text.'].join('\n');

describe('validationSummary', () => {
  it('counts the methods and those not passing', () => {
    expect(validationSummary(md(['pass', 'passes (0.801 vs 0.800)', '✓']))).toEqual({ methods: 3, failing: 0 });
    expect(validationSummary(md(['pass', 'FAIL (0.7 vs 0.8)']))).toEqual({ methods: 2, failing: 1 });
    expect(validationSummary('no table here')).toBeNull();
    expect(validationSummary(null)).toBeNull();
  });

  it('writes the section from the counts, and nothing without a validation report', () => {
    expect(validationSectionHtml(md(['pass', 'pass']), '9.9.9')).toContain('The methods of Stride 9.9.9 are validated by 2 checks against independent references');
    expect(validationSectionHtml(md(['pass', 'pass']), '9.9.9')).toContain('all checks pass');
    expect(validationSectionHtml(md(['pass', 'fail', 'fail']), '9.9.9')).toContain('2 of them do not pass');
    expect(validationSectionHtml(null, '9.9.9')).toBe('');
  });

  it('reads the committed docs/validation.md as its own headline counts it (escaped pipes inside cells)', () => {
    const text = readFileSync('docs/validation.md', 'utf8');
    const [, passing, total] = /\*\*(\d+) of (\d+) checks pass\.\*\*/.exec(text) ?? [];
    expect(validationSummary(text)).toEqual({ methods: Number(total), failing: Number(total) - Number(passing) });
    expect(validationSummary('| Method | Result | Pass |\n|---|---|---|\n| cdf, \\|x\\| ≤ 3 | max 1e-14 | yes |\n| b | 0.07 | no |')).toEqual({ methods: 2, failing: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { validationSectionHtml } from '../../src/report/validationSection.ts';
import { validationSummary } from '../../src/report/validationSummary.ts';

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
    expect(validationSectionHtml(md(['pass', 'pass']))).toContain('2 methods are checked against independent references');
    expect(validationSectionHtml(md(['pass', 'pass']))).toContain('all checks pass');
    expect(validationSectionHtml(md(['pass', 'fail']))).toContain('1 check does not pass');
    expect(validationSectionHtml(null)).toBe('');
  });
});

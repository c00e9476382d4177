import { describe, expect, it } from 'vitest';
import { matches, parseExamples, parseExpected } from './parseExamples.ts';

const SOURCE = `
/** No example here. */
export function bare(x: number): number {
/**
 * Two checks after a set-up line.
 * @example
 * const y = 2;
 * twice(y) // → 4
 * twice(0.5) // → 1.0 (exact)
 * @returns twice x
 */
export function twice(x: number): number {
/** One-line form. @example nothing here */
export class Holder {
`;

describe('the @example checker', () => {
  it('finds each export and its examples, set-up lines and checks', () => {
    const e = parseExamples(SOURCE);
    expect(e.map((x) => x.name)).toEqual(['bare', 'twice', 'Holder']);
    expect(e[0].examples).toEqual([]);
    expect(e[1].examples).toHaveLength(1);
    expect(e[1].examples[0].setup).toEqual(['const y = 2;']);
    expect(e[1].examples[0].checks.map((c) => [c.expr, c.expected])).toEqual([
      ['twice(y)', '4'],
      ['twice(0.5)', '1.0 (exact)'],
    ]);
  });

  it('checks to half a unit in the last written digit, integers exactly', () => {
    expect(matches(0.80149, parseExpected('0.8015'))).toBe(true);
    expect(matches(0.80144, parseExpected('0.8015'))).toBe(false);
    expect(matches(2.8049e-29, parseExpected('2.80e-29 (mpmath)'))).toBe(true);
    expect(matches(2.806e-29, parseExpected('2.80e-29'))).toBe(false);
    expect(matches(6, parseExpected('6'))).toBe(true);
    expect(matches(6.000001, parseExpected('6'))).toBe(false);
    expect(matches(-3.58611972016, parseExpected('-3.5861197202'))).toBe(true);
  });

  it('compares lists element-wise (typed arrays too) and booleans exactly', () => {
    expect(matches(Float64Array.of(0.25, 0.5), parseExpected('[0.250, 0.500]'))).toBe(true);
    expect(matches([0.25], parseExpected('[0.250, 0.500]'))).toBe(false);
    expect(matches(true, parseExpected('true'))).toBe(true);
    expect(matches(1, parseExpected('true'))).toBe(false);
    expect(() => parseExpected('about 0.5')).toThrow(/not a number/);
  });
});

import { describe, expect, it } from 'vitest';
import { rCall, rNumber, rNumbers, rString, rStrings } from '../../../../src/core/report/rScript/rLiteral.ts';

describe('rString: scenario texts as R string literals', () => {
  it('escapes the quote and the backslash, so a label cannot end the string', () => {
    expect(rString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(rString('"); system("rm -rf /"); #')).toBe('"\\"); system(\\"rm -rf /\\"); #"');
  });

  it('writes line breaks, tabs and other control characters as escapes, so a label cannot start a line of code', () => {
    const out = rString('x\ny\rz\tw\u2028v\u0007');
    expect(out).toBe('"x\\ny\\u{d}z\\tw\\u{2028}v\\u{7}"');
    expect(out).not.toMatch(/[\n\r\u2028]/);
  });

  it('is pure ASCII: accents, arrows and astral characters become \\u{…} / \\U{…} escapes', () => {
    expect(rString('Traité → β 😀')).toBe('"Trait\\u{e9} \\u{2192} \\u{3b2} \\U{1f600}"');
    expect(rString('Traité → β 😀')).toMatch(/^[\x20-\x7e]*$/);
  });

  it('turns NUL (not allowed in R strings) and lone surrogates (no encoding holds them) into U+FFFD', () => {
    expect(rString('a\u0000b')).toBe('"a\\u{fffd}b"');
    expect(rString('a\ud800b\udfff')).toBe('"a\\u{fffd}b\\u{fffd}"');
  });

  it('vectors of strings', () => {
    expect(rStrings([])).toBe('c()');
    expect(rStrings(['a', 'b"'])).toBe('c("a", "b\\"")');
  });
});

describe('rNumber: numbers R reads back bit for bit', () => {
  it('uses the shortest round-trip form, never a rounded display format', () => {
    expect(rNumber(0.1)).toBe('0.1');
    expect(rNumber(1 / 3)).toBe('0.3333333333333333');
    expect(rNumber(1e-7)).toBe('1e-7');
    expect(rNumber(-2.5e21)).toBe('-2.5e+21');
    for (const x of [Math.PI, 0.9957332263317371, 5e-324, 1.7976931348623157e308, 123456789.123]) expect(Number(rNumber(x))).toBe(x);
  });

  it('writes NA for missing or NaN and Inf for infinities', () => {
    expect(rNumber(null)).toBe('NA');
    expect(rNumber(undefined)).toBe('NA');
    expect(rNumber(NaN)).toBe('NA');
    expect(rNumber(Infinity)).toBe('Inf');
    expect(rNumber(-Infinity)).toBe('-Inf');
    expect(rNumbers([1, null, 0.5])).toBe('c(1, NA, 0.5)');
  });

  it('builds named calls', () => {
    expect(rCall('f', { a: '1', b: '"x"' })).toBe('f(a = 1, b = "x")');
  });
});

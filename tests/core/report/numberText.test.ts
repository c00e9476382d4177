/**
 * numberText writes every number the app prints. The old hand-written formatters (toFixed and
 * Intl.NumberFormat, copied here as they were) pin that the move to d3-format changed no string,
 * over values from tiny to large, negative, rounding ties and missing values.
 */
import { describe, expect, it } from 'vitest';
import { count, durationText, fixed, fmtDiff, intervalText, mcseText, pct, pctFixed, pctRough, signed, signedText, tickText } from '../../../src/core/report/numberText.ts';

const old = {
  count: (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n),
  pct(p: number, digits = 1) {
    if (!Number.isFinite(p)) return '–';
    const s = (p * 100).toFixed(digits).replace(/\.?0+$/, '');
    return `${s === '-0' ? '0' : s}%`;
  },
  pctFixed: (p: number, digits = 1) => (Number.isFinite(p) ? `${(p * 100).toFixed(digits)}%` : '–'),
  signed(v: number) {
    const a = String(+Math.abs(v).toFixed(Math.abs(v) >= 100 ? 1 : 2));
    return v < 0 && a !== '0' ? `−${a}` : a;
  },
  num(v: number, digits = 1) {
    const s = Math.abs(v).toFixed(digits).replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');
    return v < 0 && Number(s) !== 0 ? `−${s}` : s;
  },
  signedNumber(v: number, digits = 0) {
    const s = Math.abs(v).toFixed(digits).replace(/\.0+$/, '');
    if (s === '0' || /^0\.0*$/.test(s)) return '0';
    return `${v < 0 ? '−' : '+'}${s}`;
  },
  percent(p: number) {
    const v = p * 100;
    if (v > 0 && v < 0.05) return '<0.1%';
    return v < 9.95 ? `${v.toFixed(1).replace(/\.0$/, '')}%` : `${Math.round(v)}%`;
  },
};

/** Values across magnitudes and signs, with the rounding ties that trip hand-written code. */
const values = [0, 1, 0.5, 0.05, 0.005, 0.0005, 0.00049, 0.0995, 0.09949, 0.8, 0.825, 0.8125, 0.999, 1.5, 2.5, 12.345, 99.999, 100, 123.456, 10000, 1e6];
for (let i = 0; i < 300; i++) values.push(Math.abs(Number((Math.sin(i * 12.9898) * 43758.5453 % 1).toFixed(1 + (i % 6))) * 10 ** ((i % 5) - 2)));
const signedValues = [...values, ...values.map((v) => -v)];

describe('numberText writes the strings the old formatters wrote', () => {
  it('counts, percentages, differences', () => {
    for (const v of values) {
      expect(count(Math.round(v * 1000))).toBe(old.count(Math.round(v * 1000)));
      for (const d of [1, 2]) {
        expect(pctFixed(v, d)).toBe(old.pctFixed(v, d));
        expect(pct(v, d)).toBe(old.pct(v, d));
      }
      expect(pctRough(v)).toBe(old.percent(v));
    }
    for (const v of signedValues) {
      expect(signed(v)).toBe(old.signed(v));
      for (const d of [0, 1, 2]) expect(fmtDiff(v, d)).toBe(old.num(v, d));
      for (const d of [0, 1]) expect(signedText(v, d)).toBe(old.signedNumber(v, d));
    }
  });

  it('examples', () => {
    expect(count(10000)).toBe('10,000');
    expect([pct(0.056), pct(0.8), pct(0.825), pct(NaN)]).toEqual(['5.6%', '80%', '82.5%', '–']);
    expect(pctFixed(0.8125)).toBe('81.3%');
    expect([fmtDiff(-12.34), fmtDiff(0.5, 2), fmtDiff(10, 0)]).toEqual(["−12.3", "0.5", "10"]);
    expect([signed(-25.349999999999998), signed(-54.4), signed(-0.001)]).toEqual(['−25.35', '−54.4', '0']);
    expect([signedText(12), signedText(-4), signedText(0.04, 1), signedText(-0.04)]).toEqual(['+12', '−4', '0', '0']);
    expect([pctRough(0.049), pctRough(0.123), pctRough(0.0001), pctRough(0)]).toEqual(['4.9%', '12%', '<0.1%', '0%']);
    expect([mcseText(0.0041), intervalText([0.791, 0.807]), intervalText([NaN, 1])]).toEqual(['±0.41', '79.1–80.7', '–']);
    expect([durationText(2400), durationText(12_400), durationText(65_000)]).toEqual(['2.4 s', '12 s', '1 min 5 s']);
    expect(fixed(0.5, 2)).toBe('0.50');
    expect([tickText(0.05, 'percent'), tickText(0.825, 'percent', true), tickText(0.1, 'points'), tickText(-0.25, 'decimal'), tickText(12345.4, 'integer')]).toEqual(['5%', '82.5%', '+10', '−0.25', '12,345']);
  });

  it('writes negative counts and percentages with the true minus, as every other number (they used a hyphen)', () => {
    expect([count(-6710), pct(-0.05), pctFixed(-0.05)]).toEqual(['−6,710', '−5%', '−5.0%']);
  });

  it('fixes the old pct trimming bug: whole tens keep their zero', () => {
    // The old pct/fmtDiff stripped /\.?0+$/, so 100% with no decimals printed as "1%" (never called so).
    expect(pct(1, 0)).toBe('100%');
    expect(old.pct(1, 0)).toBe('1%');
  });
});

import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../../src/core/mcpmod/fit/index.ts';
import { TdHistogram } from '../../../src/core/results/tdHistogram.ts';

describe('TdHistogram: TD̂ percentiles merged over chunks in bounded memory', () => {
  const values = Array.from({ length: 5000 }, (_, i) => 20 * ((Math.sin(i * 12.9898) * 43758.5453) % 1) ** 2);

  it('its percentiles are the exact type-7 ones to within a bin (top dose / 4096)', () => {
    const h = new TdHistogram(20, 2.5);
    h.add(6000, 1234, values);
    const sorted = Float64Array.from(values).sort();
    for (const [p, key] of [[0.1, 'p10'], [0.5, 'p50'], [0.9, 'p90']] as const) {
      expect(Math.abs(h.summary().tdQuantiles![key] - quantileSorted(sorted, p))).toBeLessThanOrEqual(20 / 4096);
    }
    expect(h.summary()).toMatchObject({ tdEstimated: 1234 / 6000, tdQuantiles: { share: 5000 / 6000 } });
  });

  it('chunks merged in any order give the same numbers; no true TD gives null', () => {
    const a = new TdHistogram(20, 2.5);
    const b = new TdHistogram(20, 2.5);
    a.add(3000, 600, values.slice(0, 2500));
    a.add(3000, 634, values.slice(2500));
    b.add(3000, 634, values.slice(2500));
    b.add(3000, 600, values.slice(0, 2500));
    expect(a.summary()).toEqual(b.summary());
    expect(new TdHistogram(20, NaN).summary().tdEstimated).toBeNull();
    expect(new TdHistogram(20, 2.5).summary().tdQuantiles).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { quantileSorted, TdAccumulator, tdSummary, tdWithin } from '../../../../src/core/mcpmod/fit/tdSummary.ts';
import { RandomStream } from '../../../../src/core/random/index.ts';

describe('TD̂ summaries', () => {
  it('tdWithin: relative tolerance, both ends inclusive; no TD̂ is a miss', () => {
    expect(tdWithin(12.5, 10, 0.25)).toBe(true);
    expect(tdWithin(7.5, 10, 0.25)).toBe(true);
    expect(tdWithin(12.51, 10, 0.25)).toBe(false);
    expect(tdWithin(NaN, 10, 0.25)).toBe(false);
    expect(tdWithin(10, NaN, 0.25)).toBe(false);
  });

  it("quantileSorted is R's type 7 (quantile(c(1, 2, 4, 8, 16), c(.1, .5, .9)) = 1.4, 4, 12.8)", () => {
    const v = [1, 2, 4, 8, 16];
    expect(quantileSorted(v, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileSorted(v, 0.5)).toBe(4);
    expect(quantileSorted(v, 0.9)).toBeCloseTo(12.8, 12);
    expect(quantileSorted([3], 0.9)).toBe(3);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('tdSummary: share of trials with a TD̂, binomial MCSE, null without a true TD or any TD̂', () => {
    const s = tdSummary(30, 100, [5, 1, 3, 2, 4], true);
    expect(s.tdEstimated).toBe(0.3);
    expect(s.tdEstimatedMcse).toBeCloseTo(Math.sqrt(0.3 * 0.7 / 100), 15);
    expect(s.tdQuantiles).toEqual({ p10: 1.4, p50: 3, p90: 4.6, share: 0.05 });
    expect(tdSummary(0, 10, [], true).tdQuantiles).toBeNull();
    expect(tdSummary(0, 10, [2], false)).toMatchObject({ tdEstimated: null, tdEstimatedMcse: null });
  });

  it('TdAccumulator counts hits only for significant trials with a TD̂, and chunks merge to the whole', () => {
    const stream = new RandomStream('test/tdAccumulator');
    const whole = new TdAccumulator(4, 0.25);
    const parts = [new TdAccumulator(4, 0.25), new TdAccumulator(4, 0.25)];
    let hits = 0;
    const all: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const significant = stream.uniform() < 0.7;
      const td = stream.uniform() < 0.1 ? NaN : 4 * Math.exp(0.4 * stream.normal());
      whole.add(significant, td);
      parts[i % 2].add(significant, td);
      if (significant && td === td) {
        all.push(td);
        if (Math.abs(td - 4) <= 1) hits++;
      }
    }
    expect(whole.trials).toBe(1000);
    expect(whole.hits).toBe(hits);
    expect(whole.count).toBe(all.length);
    parts[0].merge(parts[1]);
    const a = parts[0].summary();
    const b = whole.summary();
    expect(a).toEqual(b);
    all.sort((x, y) => x - y);
    expect(b.tdQuantiles?.p50).toBeCloseTo(quantileSorted(all, 0.5), 14);
    expect(b.tdQuantiles?.share).toBe(all.length / 1000);
  });
});

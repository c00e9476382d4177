import { describe, expect, it } from 'vitest';
import { throttle } from '../../../src/pool/throttle.ts';

describe('throttle', () => {
  it('opens at once, then at most once per interval', () => {
    let t = 1000;
    const gate = throttle(200, () => t);
    const opened: number[] = [];
    for (; t < 2000; t += 30) if (gate()) opened.push(t);
    expect(opened[0]).toBe(1000);
    expect(opened).toEqual([1000, 1210, 1420, 1630, 1840]);
  });

  it('widens the interval as it ages, to a quarter of its age within [ms, maxMs]', () => {
    let t = 0;
    const gate = throttle(200, () => t, 500);
    const opened: number[] = [];
    for (; t <= 4000; t += 10) if (gate()) opened.push(t);
    // 200 ms apart while young, then a quarter of the age (rounded up to the 10 ms clock), then 500 ms apart.
    expect(opened.slice(0, 5)).toEqual([0, 200, 400, 600, 800]);
    const gaps = opened.slice(1).map((x, i) => x - opened[i]);
    gaps.forEach((g, i) => {
      expect(g).toBeGreaterThanOrEqual(Math.min(500, Math.max(200, opened[i + 1] / 4)));
      expect(g).toBeLessThan(Math.min(500, Math.max(200, opened[i + 1] / 4)) + 10);
    });
    expect(gaps.slice(-3)).toEqual([500, 500, 500]);
  });

  it('with firstAfterMs stays shut until it is that old, then opens at most once per interval', () => {
    let t = 1000;
    const gate = throttle(200, () => t, 200, 150);
    const opened: number[] = [];
    for (; t < 1800; t += 30) if (gate()) opened.push(t);
    expect(opened).toEqual([1150, 1360, 1570, 1780]);
  });
});

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
});

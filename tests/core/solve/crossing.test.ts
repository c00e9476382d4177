import { describe, expect, it } from 'vitest';
import { crossing } from '../../../src/core/solve/crossing.ts';

describe('crossing', () => {
  it('finds the smallest n reaching the threshold from below, above and the ends', () => {
    const f = (n: number) => n / 100;
    for (const start of [2, 10, 79, 80, 81, 500, 1000]) expect(crossing(f, 0.8, start, 2, 1000)).toBe(80);
    expect(crossing(f, 0.01, 50, 2, 1000)).toBe(2);
    expect(crossing(f, 20, 50, 2, 1000)).toBeNull();
  });

  it('on a noisy f it still ends where f(n) ≥ threshold and f(n − 1) < threshold', () => {
    const f = (n: number) => n / 100 + (n % 3 === 0 ? 0.02 : 0);
    const n = crossing(f, 0.8, 10, 2, 1000)!;
    expect(f(n)).toBeGreaterThanOrEqual(0.8);
    expect(f(n - 1)).toBeLessThan(0.8);
  });
});

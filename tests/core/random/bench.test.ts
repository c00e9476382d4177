import { describe, expect, it } from 'vitest';
import { benchRandom } from '../../../src/bench/randomBench.ts';

describe('benchRandom', () => {
  it('reports a positive rate for each variate (smoke test)', () => {
    const rows = benchRandom(0.01);
    expect(rows.map((r) => r.name)).toEqual(['uniform', 'normal (ziggurat)', 'chiSquare(49)', 'binomial(50, 0.9)']);
    for (const r of rows) expect(r.perSecond).toBeGreaterThan(1e5);
  });
});

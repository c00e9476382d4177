import { describe, expect, it } from 'vitest';
import { benchRandom } from '../../../src/bench/randomBench.ts';

describe('benchRandom', () => {
  // Rates are the machine's speed: `npm run bench` prints them; here only that each variate is measured.
  it('reports a finite positive rate for each variate (smoke test)', () => {
    const rows = benchRandom(0.01);
    expect(rows.map((r) => r.name)).toEqual(['uniform', 'normal (ziggurat)', 'chiSquare(49)', 'binomial(50, 0.9)']);
    for (const r of rows) expect(r.perSecond > 0 && Number.isFinite(r.perSecond), r.name).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeAll } from '../../../src/core/explain/accumulate.ts';
import { dilution } from '../../../src/core/explain/dilution.ts';
import { exactPower, powerByDifference } from '../../../src/core/explain/powerByDifference.ts';

/**
 * Issue 9: `summarize` runs on the page's thread at every progress message; Fisher's exact power by enumeration
 * took ~2 s per point at n = 2000 there. It is now computed by the runner (in a worker) with each point's chunk 0.
 */
describe("the explanation's exact powers are computed with the chunks, not in summarize", () => {
  const base = { seed: 'x', sims: 2000, control: 0.37, nControl: 27, nTreatment: 24, test: 'fisher' as const, alpha: 0.05 };

  it('power by difference: chunk 0 carries the exact power; summarize only reads it', () => {
    const p = { ...base, differences: [-0.2, 0.1] };
    const run = powerByDifference.runner(p);
    const first = run({ point: 1, chunk: 0 });
    expect(first.sums).toEqual([exactPower(p, 0.1)]);
    expect(run({ point: 1, chunk: 1 }).sums).toEqual([]);
    const before = powerByDifference.summarize(p, mergeAll(2, [run({ point: 0, chunk: 1 })]));
    expect(before.points.map((x) => x.exact)).toEqual([NaN, NaN]);
    const after = powerByDifference.summarize(p, mergeAll(2, [run({ point: 0, chunk: 1 }), run({ point: 0, chunk: 0 }), first]));
    expect(after.points.map((x) => x.exact)).toEqual([exactPower(p, -0.2), exactPower(p, 0.1)]);
  });

  it('dilution: the same', () => {
    const p = { ...base, benefit: 0.3, shares: [0.5, 1] };
    const run = dilution.runner(p);
    expect(dilution.summarize(p, mergeAll(2, [])).points.map((x) => x.exact)).toEqual([NaN, NaN]);
    const r = dilution.summarize(p, mergeAll(2, [run({ point: 0, chunk: 0 }), run({ point: 1, chunk: 0 })]));
    expect(r.points.map((x) => x.exact)).toEqual([exactPower(p, 0.15), exactPower(p, 0.3)]);
  });
});

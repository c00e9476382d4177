import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/core/random/index.ts';
import { buildGenerator, buildTest } from '../../../src/core/sim/build.ts';
import { percentFromKey } from '../../../src/core/sim/generators/timedWalkData.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { MannWhitneyTest } from '../../../src/core/hypothesis/mannWhitney.ts';
import { scenario } from '../sim/helpers.ts';

// A timed walk analysed by Mann–Whitney ranks on the log change (no exp); the statistics must be
// exactly those computed on the % values, ties included.

const walkArms = [
  { label: 'Saline', mean: -54.4, sd: 70.5 },
  { label: 'Low', mean: -30, sd: 40 },
  { label: 'High', mean: 3.7, sd: 23.1 },
];

function stats(test: MannWhitneyTest | ReturnType<typeof buildTest>, ws: Workspace): number[] {
  test.prepare(ws);
  return Array.from({ length: ws.arms - 1 }, (_, r) => test.statistic(ws, r + 1));
}

describe('Mann–Whitney on timed-walk rank keys', () => {
  it.each([
    ['time', 0, 2],
    ['distance', 0, 1],
    ['time', 0.4, 1],
    ['distance', 0.4, 2],
  ] as const)('%s, corr %d, %i-sided: the same statistic as on the % values, trial by trial', (measure, rho, sides) => {
    const s = scenario({
      endpoint: { type: 'timed-walk', measure, changeBaselineCorrelation: rho },
      arms: walkArms,
      analysis: { test: 'mann-whitney', alpha: 0.05, sides, multiplicity: 'holm' },
    });
    for (const size of [4, 17, 60, 130]) {
      const n = [size, size, size];
      const viaKeys = { gen: buildGenerator(s, n, false, true), test: buildTest(s, n, true), ws: new Workspace(n, true, false) };
      const viaValues = { gen: buildGenerator(s, n), test: buildTest(s, n), ws: new Workspace(n, true, false) };
      const a = new RandomStream(`keys-${measure}-${size}`);
      const b = new RandomStream(`keys-${measure}-${size}`);
      for (let t = 0; t < 300; t++) {
        for (const l of [viaKeys, viaValues]) for (let j = 0; j < 3; j++) l.ws.m[j] = size - (t % 3);
        viaKeys.gen.generate(a, viaKeys.ws);
        viaValues.gen.generate(b, viaValues.ws);
        expect(stats(viaKeys.test, viaKeys.ws)).toEqual(stats(viaValues.test, viaValues.ws));
      }
    }
  });

  const f = percentFromKey('time');
  const sides = 2;
  const o = { level: 0.05, sides, sign: 1 } as const;

  /** Statistics from keys (the fast path) and from the values the generator would have written. */
  function both(keys: number[][]): [number[], number[]] {
    const n = keys.map((k) => k.length);
    const wk = new Workspace(n, true, false);
    const wv = new Workspace(n, true, false);
    keys.forEach((k, j) => {
      wk.m[j] = wv.m[j] = k.length;
      wk.data[j].set(k);
      wv.data[j].set(k.map(f));
    });
    return [stats(new MannWhitneyTest(o, n.length, f), wk), stats(new MannWhitneyTest(o, n.length), wv)];
  }

  it('keeps exact ties, and keys that rounding merges into one % value', () => {
    // Equal keys: equal values. Two distinct keys that rounding maps to one % value (found, not assumed).
    let x = 5;
    let next = x;
    for (let step = 0; step < 1000; step++) {
      next = x + 8.881784197001252e-16; // one ulp at 4–8
      if (f(next) === f(x)) break;
      x = next;
    }
    expect(next).not.toBe(x);
    expect(f(x)).toBe(f(next));
    for (const keys of [
      [[x, x, 0.1, 0.9], [x, 0.2, 0.5]],
      [[x, 0.1, 6], [next, 0.2, 7]],
      [[x, next, 0.1], [next, x, 0.7]],
      [[-8.123456789, -8.123456789 + 1e-15, 2], [-8.123456789 + 2e-15, 1]],
    ]) {
      const [k, v] = both(keys);
      expect(k).toEqual(v);
    }
  });

  it('maps keys beyond ±10 back to values (where exp(±key) loses the spacing)', () => {
    const [k, v] = both([[-12, -11.999999999, 3, 11.5], [11.5000000001, -3, 0]]);
    expect(k).toEqual(v);
  });
});

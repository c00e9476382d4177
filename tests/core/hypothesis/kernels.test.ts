import { describe, expect, it } from 'vitest';
import fixtures from '../../fixtures/tests/tests.json';
import { summarizeArm } from '../../../src/core/sim/generators/summarize.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { AncovaTest } from '../../../src/core/hypothesis/ancova.ts';
import { ChiSquareTest } from '../../../src/core/hypothesis/chiSquare.ts';
import { FisherTest } from '../../../src/core/hypothesis/fisher.ts';
import { MannWhitneyTest } from '../../../src/core/hypothesis/mannWhitney.ts';
import { StudentTest } from '../../../src/core/hypothesis/student.ts';
import type { ComparisonTest, TestOptions } from '../../../src/core/hypothesis/types.ts';
import { WelchTest } from '../../../src/core/hypothesis/welch.ts';

/** A workspace holding two arms' patient values (control first), with baselines when given. */
function workspace(control: number[], treatment: number[], base?: [number[], number[]]): Workspace {
  const ws = new Workspace([control.length, treatment.length], true, base !== undefined);
  [control, treatment].forEach((v, j) => {
    ws.m[j] = v.length;
    ws.data[j].set(v);
    if (base) ws.base[j].set(base[j]);
    summarizeArm(ws, j);
  });
  return ws;
}

function run(test: ComparisonTest, ws: Workspace): { stat: number; p: number; reject: boolean } {
  test.prepare(ws);
  ws.stat[1] = test.statistic(ws, 1);
  return { stat: ws.stat[1], p: test.pValue(ws, 1), reject: test.rejects(ws, 1) };
}

const opts = (sides: 1 | 2, level = 0.05, sign: 1 | -1 = 1): TestOptions => ({ level, sides, sign });

describe('per-trial tests agree with scipy', () => {
  fixtures.continuous.forEach((c, i) => {
    it(`Student and Welch t, case ${i}`, () => {
      const ws = workspace(c.control, c.treatment);
      const s2 = run(new StudentTest(opts(2), 100, 2), ws);
      expect(s2.stat).toBeCloseTo(c.student.t, 10);
      expect(s2.p).toBeCloseTo(c.student.p2, 10);
      expect(s2.reject).toBe(c.student.p2 <= 0.05);
      expect(run(new StudentTest(opts(1), 100, 2), ws).p).toBeCloseTo(c.student.p1, 10);
      const w2 = run(new WelchTest(opts(2), 100, 2), ws);
      expect(w2.stat).toBeCloseTo(c.welch.t, 10);
      expect(w2.p).toBeCloseTo(c.welch.p2, 10);
      expect(w2.reject).toBe(c.welch.p2 <= 0.05);
      const w1 = run(new WelchTest(opts(1), 100, 2), ws);
      expect(w1.p).toBeCloseTo(c.welch.p1, 10);
      expect(w1.reject).toBe(c.welch.p1 <= 0.05);
    });

    it(`Mann–Whitney, case ${i}`, () => {
      const ws = workspace(c.control, c.treatment);
      expect(run(new MannWhitneyTest(opts(2), 2), ws).p).toBeCloseTo(c.mannWhitney.p2, 10);
      expect(run(new MannWhitneyTest(opts(1), 2), workspace(c.control, c.treatment)).p).toBeCloseTo(c.mannWhitney.p1, 10);
      // Lower is better: the one-sided test looks at the other tail.
      const lower = run(new MannWhitneyTest(opts(1, 0.05, -1), 2), workspace(c.control, c.treatment));
      expect(lower.p).toBeCloseTo(c.mannWhitney.p1less, 10);
    });

    it(`ANCOVA, case ${i}`, () => {
      const a = c.ancova;
      const ws = workspace(a.y0, a.y1, [a.x0, a.x1]);
      const r = run(new AncovaTest(opts(2), 100, 2), ws);
      expect(r.stat).toBeCloseTo(a.t, 9);
      expect(r.p).toBeCloseTo(a.p2, 10);
      expect(run(new AncovaTest(opts(1), 100, 2), ws).p).toBeCloseTo(a.p1, 10);
    });
  });

  fixtures.ties.forEach((c, i) => {
    it(`Mann–Whitney with ties, case ${i}`, () => {
      expect(run(new MannWhitneyTest(opts(2), 2), workspace(c.control, c.treatment)).p).toBeCloseTo(c.p2, 10);
      expect(run(new MannWhitneyTest(opts(1), 2), workspace(c.control, c.treatment)).p).toBeCloseTo(c.p1, 10);
    });
  });

  fixtures.binary.forEach((b) => {
    it(`Fisher and chi-square, ${b.x1}/${b.m1} vs ${b.x0}/${b.m0}`, () => {
      const ws = new Workspace([b.m0, b.m1], false, false);
      ws.m.set([b.m0, b.m1]);
      ws.successes.set([b.x0, b.x1]);
      const f2 = run(new FisherTest(opts(2)), ws);
      expect(f2.p).toBeCloseTo(b.fisher2, 12);
      expect(f2.reject).toBe(b.fisher2 <= 0.05);
      expect(run(new FisherTest(opts(1)), ws).p).toBeCloseTo(b.fisherGreater, 12);
      expect(run(new FisherTest(opts(1, 0.05, -1)), ws).p).toBeCloseTo(b.fisherLess, 12);
      const c2 = run(new ChiSquareTest(opts(2)), ws);
      if (b.chiP2 === null) {
        expect(c2.stat).toBeNaN();
        expect(c2.reject).toBe(false);
      } else {
        expect(c2.stat * c2.stat).toBeCloseTo(b.chi2!, 10);
        expect(c2.p).toBeCloseTo(b.chiP2, 12);
        expect(run(new ChiSquareTest(opts(1)), ws).p).toBeCloseTo(b.chiP1!, 12);
      }
    });
  });
});

describe('sortPrefix', () => {
  it('sorts short and long prefixes and leaves the rest alone', async () => {
    const { sortPrefix } = await import('../../../src/core/hypothesis/sortPrefix.ts');
    for (const m of [0, 1, 2, 17, 64, 65, 300]) {
      const x = Float64Array.from({ length: m + 5 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453);
      const tail = Array.from(x.subarray(m));
      const expected = Array.from(x.subarray(0, m)).sort((a, b) => a - b);
      sortPrefix(x, m, []);
      expect(Array.from(x.subarray(0, m))).toEqual(expected);
      expect(Array.from(x.subarray(m))).toEqual(tail);
    }
  });

  it('sorts through the bucket pass whatever the spread: ties, clusters, huge ranges, outliers', async () => {
    const { sortPrefix } = await import('../../../src/core/hypothesis/sortPrefix.ts');
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
    const shapes: ((i: number) => number)[] = [
      () => rnd(),
      () => Math.round(rnd() * 6), // many ties
      (i) => (i === 3 ? 1e300 : rnd()), // one outlier: everything else in one bucket (crowded → native)
      () => Math.exp(30 * rnd()), // heavy tail
      () => (rnd() < 0 ? -Number.MAX_VALUE : Number.MAX_VALUE) * Math.abs(rnd()), // range overflows to Infinity
      () => 5, // all equal
    ];
    for (const m of [33, 64, 100, 1000, 4096, 5000]) {
      for (const f of shapes) {
        const x = Float64Array.from({ length: m + 3 }, (_, i) => f(i));
        const tail = Array.from(x.subarray(m));
        // −0 and 0 are one value to every test (===); the native sort puts −0 first, the others keep input order.
        const plain = (a: number[]) => a.map((v) => (v === 0 ? 0 : v));
        const expected = plain(Array.from(x.subarray(0, m)).sort((a, b) => a - b));
        sortPrefix(x, m, []);
        expect(plain(Array.from(x.subarray(0, m)))).toEqual(expected);
        expect(Array.from(x.subarray(m))).toEqual(tail);
      }
    }
  });
});

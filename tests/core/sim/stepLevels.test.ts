import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/core/random/index.ts';
import { buildGenerator, buildTest } from '../../../src/core/sim/build.ts';
import { Completers } from '../../../src/core/sim/completers.ts';
import { decide } from '../../../src/core/sim/decide.ts';
import { simulationPath } from '../../../src/core/sim/path.ts';
import { hochberg, holm } from '../../../src/core/sim/stepwise.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import type { ComparisonTest } from '../../../src/core/hypothesis/types.ts';
import { scenario } from './helpers.ts';

// Holm and Hochberg decide against cached critical values per level class (tests/stepCritical.ts);
// the p-value path (holm()/hochberg() on test.pValue) is the reference. Both must agree decision by
// decision: on random trials, and on statistics placed at and a few ulps around every critical value,
// tied across arms, zero, infinite and undefined.

type Setup = { test: ComparisonTest; ws: Workspace; alpha: number; k: number; m: 'holm' | 'hochberg' };

/** ws.reject from the fast path, then from the p-value reference, for the statistics in ws.stat. */
function bothPaths({ test, ws, alpha, k, m }: Setup, order: Int32Array): [number[], number[]] {
  const fast: number[] = [];
  const ref: number[] = [];
  for (let i = 1; i <= k; i++) ws.reject[i] = 0;
  for (let i = 1; i <= k; i++) ws.p[i] = (test.firstLevel as (w: Workspace, i: number) => number)(ws, i);
  // decide() recomputes the statistics, so the fast path is replayed here on ws.stat as it stands.
  const keys = Array.from({ length: k }, (_, r) => ws.p[r + 1]);
  const sorted = Array.from({ length: k }, (_, r) => r + 1).sort((a, b) => keys[a - 1] - keys[b - 1] || a - b);
  if (m === 'holm') for (let r = 0; r < k && keys[sorted[r] - 1] <= r; r++) ws.reject[sorted[r]] = 1;
  else for (let r = k - 1; r >= 0; r--) if (keys[sorted[r] - 1] <= r) (sorted.slice(0, r + 1).forEach((i) => (ws.reject[i] = 1)), (r = -1));
  for (let i = 1; i <= k; i++) fast.push(ws.reject[i]);
  for (let i = 1; i <= k; i++) (ws.reject[i] = 0), (ws.p[i] = test.pValue(ws, i));
  if (m === 'holm') holm(ws, alpha, order);
  else hochberg(ws, alpha, order);
  for (let i = 1; i <= k; i++) ref.push(ws.reject[i]);
  return [fast, ref];
}

/** The statistic at which comparison i's p-value crosses `level` (bisection to the last ulp). */
function boundary(test: ComparisonTest, ws: Workspace, i: number, level: number): number {
  let lo = 0;
  let hi = 1e3;
  for (let it = 0; it < 200 && hi - lo > 0; it++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    ws.stat[i] = mid;
    if (test.pValue(ws, i) <= level) hi = mid;
    else lo = mid;
  }
  return hi;
}

const arms4 = [
  { label: 'C', mean: 0, sd: 1 },
  { label: 'A', mean: 0.45, sd: 1.4 },
  { label: 'B', mean: 0.45, sd: 0.7 },
  { label: 'D', mean: 0.8, sd: 1 },
];
const tests = ['student', 'welch', 'mann-whitney', 'ancova', 'chi-square'] as const;

describe.each(tests)('%s: Holm and Hochberg on cached critical values = on p-values', (name) => {
  it.each([
    ['holm', 1, 3],
    ['holm', 2, 2],
    ['hochberg', 1, 2],
    ['hochberg', 2, 3],
  ] as const)('%s, %i-sided, %i treatment arms', (m, sides, k) => {
    const binary = name === 'chi-square';
    const s = scenario({
      endpoint: binary ? { type: 'binary' } : { type: 'continuous', baselineCorrelation: name === 'ancova' ? 0.5 : 0 },
      arms: binary ? [0.3, 0.45, 0.45, 0.6].slice(0, k + 1).map((rate, j) => ({ label: `a${j}`, rate })) : arms4.slice(0, k + 1),
      analysis: { test: name, alpha: 0.05, sides, multiplicity: m },
      design: { nPerArm: [12], dropout: 0.2 },
    });
    const n = Array<number>(k + 1).fill(12);
    const test = buildTest(s, n);
    expect(test.firstLevel).toBeTypeOf('function');
    const gen = buildGenerator(s, n);
    const ws = new Workspace(n, simulationPath(s.endpoint, s.analysis.test) === 'full-data', name === 'ancova');
    const completers = new Completers(n, Array<number>(k + 1).fill(0.2));
    const order = new Int32Array(k + 1);
    const setup: Setup = { test, ws, alpha: 0.05, k, m };
    const stream = new RandomStream(`step-${name}-${m}-${sides}-${k}`);
    const levels = Array.from({ length: k }, (_, r) => 0.05 / (k - r));
    let trials = 0;
    let rejected = 0;
    let edge = 0;
    for (let t = 0; t < 2500; t++) {
      completers.draw(stream, ws.m);
      gen.generate(stream, ws);
      // The whole trial through decide() (the engine's path) against the reference.
      decide(ws, test, m, 0.05, order);
      const viaDecide = Array.from({ length: k }, (_, r) => ws.reject[r + 1]);
      const [fast, ref] = bothPaths(setup, order);
      expect(viaDecide, `trial ${t}`).toEqual(ref);
      expect(fast).toEqual(ref);
      trials++;
      rejected += ref.reduce((a, b) => a + b, 0);
      if (t % 50 !== 0 || ws.stat[1] !== ws.stat[1]) continue;
      // Edge cases on this trial's df and counts: every arm at, and a few ulps around, each critical value.
      const saved = Array.from(ws.stat);
      for (const level of levels) {
        const b = boundary(test, ws, 1, level);
        for (const x of [b, b * (1 - 2e-16), b * (1 + 2e-16), b * (1 - 1e-12), b * (1 + 1e-12), -b]) {
          for (let i = 1; i <= k; i++) ws.stat[i] = i === 1 || t % 100 === 0 ? x : saved[i]; // tied, or mixed
          const [f, r] = bothPaths(setup, order);
          expect(f, `stat ${x} at level ${level}`).toEqual(r);
          edge++;
        }
      }
      for (const x of [0, Infinity, -Infinity, NaN]) {
        ws.stat[2] = x;
        const [f, r] = bothPaths(setup, order);
        expect(f, `stat ${x}`).toEqual(r);
      }
      for (let i = 1; i <= k; i++) ws.stat[i] = saved[i];
    }
    expect(trials).toBe(2500);
    expect(edge).toBeGreaterThan(0);
    // The trials exercise both outcomes (a test where nothing or everything is rejected proves little).
    expect(rejected).toBeGreaterThan(0.1 * trials);
    expect(rejected).toBeLessThan(0.9 * trials * k);
  });
});

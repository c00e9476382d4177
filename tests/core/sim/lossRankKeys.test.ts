// Worst-rank on Mann–Whitney's rank-key path (timed-walk data written as ±log changes) gives, trial by trial, the
// statistic of the % values path: the −∞ sentinel stays below every key and every value, tied with its kind.
import { describe, expect, it } from 'vitest';
import { streamFor } from '../../../src/core/random/index.ts';
import { buildGenerator, buildTest, needsBaseline } from '../../../src/core/sim/build.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { scenario } from './helpers.ts';

function statistics(measure: 'time' | 'distance', keys: boolean): number[] {
  const s = scenario({
    endpoint: { type: 'timed-walk', measure },
    arms: [
      { label: 'Control', mean: -20, sd: 40, lossOfAmbulation: 0.3 },
      { label: 'Treatment', mean: 10, sd: 25, lossOfAmbulation: 0.1 },
    ],
    analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2, intercurrent: 'worst-rank' },
    design: { nPerArm: [15] },
  });
  const n = [15, 15];
  const ws = new Workspace(n, true, needsBaseline(s));
  const gen = buildGenerator(s, n, false, keys);
  const test = buildTest(s, n, keys);
  const stream = streamFor('keys', 0);
  gen.startChunk?.(stream);
  const out: number[] = [];
  for (let t = 0; t < 300; t++) {
    ws.m.set(n);
    gen.generate(stream, ws);
    test.prepare(ws);
    out.push(test.statistic(ws, 1));
  }
  return out;
}

describe('worst-rank on rank keys', () => {
  for (const measure of ['time', 'distance'] as const) {
    it(`${measure}: the same statistic as on % values, trial by trial`, () => {
      const viaKeys = statistics(measure, true);
      const viaValues = statistics(measure, false);
      expect(viaKeys.every(Number.isFinite)).toBe(true);
      for (let t = 0; t < viaKeys.length; t++) expect(viaKeys[t]).toBeCloseTo(viaValues[t], 12);
    });
  }
});

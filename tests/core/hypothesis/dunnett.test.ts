import { describe, expect, it } from 'vitest';
import { dunnettCritical } from '../../../src/core/distributions/dunnett.ts';
import { streamFor } from '../../../src/core/random/index.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { DunnettTest } from '../../../src/core/hypothesis/dunnett.ts';

/** Fills a 4-arm workspace with random counts, means and sums of squares near the decision boundary. */
function randomTrial(ws: Workspace, seed: number, n: number): void {
  const s = streamFor('dunnett-band', seed);
  for (let j = 0; j < ws.arms; j++) {
    ws.m[j] = n - Math.floor(s.uniform() * 0.2 * n);
    ws.mean[j] = j === 0 ? 0 : 0.55 * s.normal() + 0.6;
    ws.ss[j] = s.chiSquare(ws.m[j] - 1);
  }
}

describe('Dunnett decisions from cached bounds equal decisions with the exact critical value', () => {
  for (const sides of [1, 2] as const) {
    it(`${sides}-sided, random completer counts`, () => {
      const ws = new Workspace([30, 30, 30, 30], false, false);
      const test = new DunnettTest({ level: 0.05, sides, sign: 1 }, 4, false);
      let inBand = 0;
      for (let trial = 0; trial < 400; trial++) {
        randomTrial(ws, trial, 30);
        test.prepare(ws);
        let df = -4;
        for (let j = 0; j < 4; j++) df += ws.m[j];
        const lambdas = [1, 2, 3].map((j) => Math.sqrt(ws.m[j] / (ws.m[j] + ws.m[0])));
        const c = dunnettCritical(0.05, lambdas, df, sides);
        for (let i = 1; i < 4; i++) {
          ws.stat[i] = test.statistic(ws, i);
          const a = sides === 2 ? Math.abs(ws.stat[i]) : ws.stat[i];
          if (Math.abs(a - c) < 0.05) inBand++;
          expect(test.rejects(ws, i), `trial ${trial} arm ${i}: |T| = ${a}, c = ${c}`).toBe(a > c);
        }
      }
      expect(inBand).toBeGreaterThan(5); // the boundary cases were exercised
    });
  }
});

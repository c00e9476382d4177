import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/core/random/index.ts';
import { NormalSummaryGenerator } from '../../../src/core/sim/generators/normalSummary.ts';
import { Workspace } from '../../../src/core/workspace.ts';

/** What the generator drew before its chi-square loop was written out: stream.normal() and stream.chiSquare(). */
function reference(s: RandomStream, mu: number, sd: number, m: number): [number, number] {
  const mean = m > 0 ? mu + (sd * s.normal()) / Math.sqrt(m) : Number.NaN;
  return [mean, m > 1 ? sd * sd * s.chiSquare(m - 1) : 0];
}

describe('NormalSummaryGenerator: its own Marsaglia–Tsang loop draws what stream.chiSquare draws', () => {
  it('every completer count 0–400, changing each trial, in two arms: the same bits, and the streams stay in step', () => {
    const mu = [0.3, -1.7];
    const sd = [1.4, 23.1];
    const gen = new NormalSummaryGenerator(Float64Array.from(mu), Float64Array.from(sd));
    const ws = new Workspace([400, 400], false, false);
    const a = new RandomStream('summary-gamma');
    const b = new RandomStream('summary-gamma');
    let differ = 0;
    for (let t = 0; t < 40_000; t++) {
      // Counts cycle through 0..400 and differ between arms, so the cached constants are re-targeted often.
      ws.m[0] = t % 401;
      ws.m[1] = (t * 7 + 3) % 401;
      gen.generate(a, ws);
      for (let j = 0; j < 2; j++) {
        const [mean, ss] = reference(b, mu[j], sd[j], ws.m[j]);
        if (!Object.is(ws.mean[j], mean) || !Object.is(ws.ss[j], ss)) differ++;
      }
    }
    expect(differ).toBe(0);
    expect(a.int32()).toBe(b.int32());
  });

  it('a fixed count (no dropout) over many trials, where the squeeze decides almost every draw', () => {
    const gen = new NormalSummaryGenerator(Float64Array.from([0, 0.5]), Float64Array.from([1, 1]));
    const ws = new Workspace([50, 50], false, false);
    ws.m.fill(50);
    const a = new RandomStream('summary-gamma-fixed');
    const b = new RandomStream('summary-gamma-fixed');
    let differ = 0;
    for (let t = 0; t < 100_000; t++) {
      gen.generate(a, ws);
      for (let j = 0; j < 2; j++) {
        const [mean, ss] = reference(b, j === 0 ? 0 : 0.5, 1, 50);
        if (!Object.is(ws.mean[j], mean) || !Object.is(ws.ss[j], ss)) differ++;
      }
    }
    expect(differ).toBe(0);
    expect(a.int32()).toBe(b.int32());
  });
});

import { describe, expect, it } from 'vitest';
import { logChangeFor } from '../../src/core/endpoints/timedWalk.ts';
import { TimedWalkDataGenerator } from '../../src/core/sim/generators/timedWalkData.ts';
import { Workspace } from '../../src/core/workspace.ts';
import { streamFor } from '../../src/core/random/index.ts';

describe('timed-walk model', () => {
  for (const [measure, mean, sd] of [
    ['time', -54.4, 70.5],
    ['time', 3.7, 23.1],
    ['distance', -32.1, 30.0],
    ['distance', -9.2, 18.2],
  ] as const) {
    it(`reproduces the reported mean ± sd (${measure} ${mean} ± ${sd}) and is skewed`, () => {
      const lc = logChangeFor(measure, mean, sd);
      const n = 400_000;
      const gen = new TimedWalkDataGenerator(Float64Array.of(lc.muD), Float64Array.of(lc.sdD), measure, true, Math.log(10), 0.5, 0.3);
      const ws = new Workspace([n], true, true);
      ws.m[0] = n;
      gen.generate(streamFor('moments'), ws);
      const m = ws.mean[0];
      const s = Math.sqrt(ws.ss[0] / (n - 1));
      // Sample sd of the mean is sd/√n; the sd of a log-normal's sd estimate is larger: allow 1.5%.
      expect(Math.abs(m - mean)).toBeLessThan(5 * (sd / Math.sqrt(n)));
      expect(Math.abs(s / sd - 1)).toBeLessThan(0.015);
      let skew = 0;
      for (let i = 0; i < n; i++) skew += ((ws.data[0][i] - m) / s) ** 3;
      skew /= n;
      // time: long tail of worsening (negative skew); distance: long tail of gains (positive skew).
      expect(Math.sign(skew)).toBe(measure === 'time' ? -1 : 1);
      // The baseline correlates with the change as asked (ρ = 0.3 between L0 and D).
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      let mx = 0;
      let md = 0;
      for (let i = 0; i < n; i++) {
        mx += ws.base[0][i];
        md += Math.log(measure === 'time' ? 1 - ws.data[0][i] / 100 : 1 + ws.data[0][i] / 100);
      }
      mx /= n;
      md /= n;
      for (let i = 0; i < n; i++) {
        const dx = ws.base[0][i] - mx;
        const dd = Math.log(measure === 'time' ? 1 - ws.data[0][i] / 100 : 1 + ws.data[0][i] / 100) - md;
        sxy += dx * dd;
        sxx += dx * dx;
        syy += dd * dd;
      }
      expect(sxy / Math.sqrt(sxx * syy)).toBeCloseTo(0.3, 2);
    });
  }

  it('matches the hand calculation for saline', () => {
    const lc = logChangeFor('time', -54.4, 70.5);
    const s2 = Math.log(1 + (0.705 / 1.544) ** 2);
    expect(lc.sdD).toBeCloseTo(Math.sqrt(s2), 12);
    expect(lc.muD).toBeCloseTo(Math.log(1.544) - s2 / 2, 12);
  });
});

describe('one-pass arm summaries of the full-data generators', () => {
  it('equal the two-pass mean and sum of squares of the stored values', async () => {
    const { NormalDataGenerator } = await import('../../src/core/sim/generators/normalData.ts');
    const { summarizeArm } = await import('../../src/core/sim/generators/summarize.ts');
    const lc = logChangeFor('time', -54.4, 70.5);
    const gens = [
      new TimedWalkDataGenerator(Float64Array.of(lc.muD, lc.muD), Float64Array.of(lc.sdD, lc.sdD), 'time', false, 2.3, 0.5, 0),
      new NormalDataGenerator(Float64Array.of(1e6, 3), Float64Array.of(1, 2), false, 0),
    ];
    for (const gen of gens) {
      const ws = new Workspace([37, 40], true, false);
      ws.m.set([37, 33]);
      gen.generate(streamFor('one-pass'), ws);
      const mean = Float64Array.from(ws.mean);
      const ss = Float64Array.from(ws.ss);
      for (let j = 0; j < 2; j++) {
        summarizeArm(ws, j);
        expect(mean[j]).toBeCloseTo(ws.mean[j], 8);
        expect(ss[j] / ws.ss[j]).toBeCloseTo(1, 10);
      }
    }
  });
});

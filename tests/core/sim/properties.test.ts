import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { scenario } from './helpers.ts';

const SIMS = 4000;
const slack = (p: number) => 4 * Math.sqrt((2 * p * (1 - p)) / SIMS);

describe('power rises with n and with the effect', () => {
  for (const test of ['welch', 'mann-whitney', 'ancova'] as const) {
    it(`${test}: with n`, () => {
      const s = scenario({
        endpoint: { type: 'timed-walk' },
        arms: [
          { label: 'Saline', mean: -54.4, sd: 70.5 },
          { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
        ],
        analysis: { test, alpha: 0.05, sides: 2 },
        design: { nPerArm: [6, 10, 16, 24, 36], dropout: 0.1 },
        simulation: { sims: SIMS, seed: 'mono' },
      });
      const p = simulate(s).rows.map((r) => r.power);
      for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThan(p[i - 1] - slack(p[i]));
      expect(p[p.length - 1]).toBeGreaterThan(p[0] + 0.2);
    });
  }

  it('with the effect', () => {
    const powers = [0, 0.2, 0.4, 0.6, 0.8].map((d) =>
      simulate(
        scenario({
          arms: [
            { label: 'C', mean: 0, sd: 1 },
            { label: 'T', mean: d, sd: 1 },
          ],
          design: { nPerArm: [30] },
          simulation: { sims: SIMS, seed: 'effect' },
        }),
      ).rows[0].power,
    );
    for (let i = 1; i < powers.length; i++) expect(powers[i]).toBeGreaterThan(powers[i - 1]);
  });
});

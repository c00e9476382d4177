import { describe, expect, it } from 'vitest';
import { trendPowerAt, trendSampleSize } from '../../../../src/core/mcpmod/fit/trendSampleSize.ts';
import { fits } from './fitFixtures.ts';

/** Ours vs DoseFinding's powMCT: our 3-SE QMC error, plus R's (pmvt at abseps 1e-4, and its critical value's). */
const SLACK = 5e-4;

describe('MCP-step power and sample size against DoseFinding powMCT and sampSizeMCT', () => {
  for (const c of fits.sampleSize) {
    const o = { doses: c.doses, candidates: c.candidates, means: c.alt, sd: c.sigma, sign: 1 as const, alpha: c.alpha };
    const nFor = (N: number) => c.alRatio.map((r) => Math.round(N * r));

    it(`${c.name}: power at the boundary N`, () => {
      for (const p of c.power.filter((p) => p.N === c.exactN)) {
        const ours = trendPowerAt(o, p.n);
        expect(Math.abs(ours.power - p.power), `n = ${p.n}: ${ours.power} vs ${p.power}`).toBeLessThan(ours.error + SLACK);
        // the known-variance power is an upper bound (what the search's first stage relies on)
        expect(trendPowerAt(o, p.n, Infinity).power).toBeGreaterThan(ours.power);
      }
    }, 10_000);

    it(`${c.name}: the smallest N reaching ${c.target}`, () => {
      const got = trendSampleSize(o, c.target, nFor, 2, 1000);
      expect(got).not.toBeNull();
      const ref = c.power.find((p) => p.N === c.exactN)!;
      const below = c.power.find((p) => p.N === c.exactN - 1);
      // Exact unless R's power at the boundary sits within the two methods' error of the target.
      const close = Math.abs(ref.power - c.target) < SLACK || (below !== undefined && Math.abs(below.power - c.target) < SLACK);
      if (close) expect(Math.abs(got!.N - c.exactN)).toBeLessThanOrEqual(1);
      else expect(got!.N).toBe(c.exactN);
      expect(got!.n).toEqual(nFor(got!.N));
      expect(got!.power).toBeGreaterThanOrEqual(c.target);
      // sampSizeMCT stops within 0.001 of the target: never smaller than the smallest N (to 1 for the noise).
      expect(got!.N).toBeLessThanOrEqual(Math.min(...c.sampSizeMCT.map((n, i) => Math.round(n / c.alRatio[i]))) + 1);
    }, 20_000);
  }
});

import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import aicFixture from '../../fixtures/mcpmodFit/tdEstimatedSim.json';
import aveFixture from '../../fixtures/mcpmodFit/tdEstimatedAveSim.json';

// The scenario of tests/fixtures/mcpmodFit/tdEstimatedSim.R and tdEstimatedAveSim.R (DoseFinding's MCPMod with
// selModel = "AIC" and TD, and with "aveAIC" and ?MCPMod's averaged TD, doseEst %*% selMod).
const scenario = (fixture: typeof aicFixture, model: 'aic' | 'average') =>
  validateScenario({
    endpoint: { type: 'continuous' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, relevantEffect: 0.4 },
    arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
    analysis: { test: 'student', alpha: 0.05, sides: 1 },
    design: { nPerArm: fixture.results.map((r) => r.n) },
    simulation: { sims: 4000, seed: 'dosefinding' },
    trendTest: {
      candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'exponential', delta: 8 }],
      estimate: { model, tolerance: fixture.tolerance },
    },
  });

/** Two independent simulated proportions agree within 4 SE of their difference. */
const within = (a: number, na: number, b: number, nb: number) => Math.abs(a - b) <= 4 * Math.sqrt((a * (1 - a)) / na + (b * (1 - b)) / nb) + 1e-12;

describe("tdEstimated agrees with an R simulation of DoseFinding's MCPMod + TD", () => {
  for (const [fixture, model] of [[aicFixture, 'aic'], [aveFixture, 'average']] as const) {
    it(`${model}: significance, tdEstimated and the share with a TD̂ within Monte Carlo error; the median TD̂ near`, () => {
      const v = scenario(fixture, model);
      if (!v.ok) throw new Error(JSON.stringify(v.errors));
      const trend = simulate(v.scenario).trend!;
      expect(trend[0].trueTargetDose).toBeCloseTo(fixture.trueTd, 12);
      fixture.results.forEach((r, i) => {
        const t = trend[i];
        expect(within(t.significant, t.sims, r.significant, r.sims)).toBe(true);
        expect(within(t.tdEstimated!, t.sims, r.tdEstimated, r.sims)).toBe(true);
        expect(within(t.tdQuantiles!.share, t.sims, r.share, r.sims)).toBe(true);
        expect(Math.abs(t.tdQuantiles!.p50 - r.p50)).toBeLessThan(0.15 * r.p50);
      });
    });
  }
});

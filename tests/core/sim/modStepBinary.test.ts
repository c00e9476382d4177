import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { ModStep } from '../../../src/core/mcpmod/fit/modStep.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import { trueTargetDose } from '../../../src/core/sim/trueTargetDose.ts';
import { runPool } from '../../../src/pool/runPool.ts';
import { inProcessRemote } from '../pool/fakes.ts';
import fixture from '../../fixtures/mcpmodBinaryFit/tdEstimatedBinarySim.json';

/**
 * The scenario of tests/fixtures/mcpmodBinaryFit/tdEstimatedBinarySim.R: true rates 0.2 + 0.4·d/(5 + d) (reference:
 * 0.32 at dose 20), Δ = 0.15 as a difference of rates, so the true TD = 5·0.15/(0.4 − 0.15) = 3.
 */
function raw(extra: Record<string, unknown> = {}, estimate: unknown = { model: 'aic' }): Record<string, unknown> {
  return {
    endpoint: { type: 'binary' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 20, effect: 0.32 }, relevantEffect: 0.15 },
    arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })),
    analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
    design: { nPerArm: [20, 80] },
    simulation: { sims: 4000, seed: 'binary-mod' },
    trendTest: {
      alpha: 0.05,
      candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'exponential', delta: 8 }],
      estimate,
    },
    ...extra,
  };
}
function scenarioOf(r: Record<string, unknown>): ResolvedScenario {
  const v = validateScenario(r);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}
/** Two independent simulated proportions agree within 3 SE of their difference (z ≤ 3). */
const z = (a: number, na: number, b: number, nb: number) => Math.abs(a - b) / Math.sqrt((a * (1 - a)) / na + (b * (1 - b)) / nb || 1);

describe('trendTest.estimate on a binary endpoint against an R simulation (MCTtest + fitMod type "general" + rate-scale TD)', () => {
  it('the true TD is on the rate scale: 3', () => {
    expect(trueTargetDose(scenarioOf(raw()))).toBeCloseTo(fixture.trueTd, 12);
  });

  for (const model of ['aic', 'emax'] as const) {
    it(`${model}: significance, tdEstimated and the share with a TD̂ within z ≤ 3; the median TD̂ near R's`, () => {
      const trend = simulate(scenarioOf(raw({}, { model, tolerance: fixture.tolerance }))).trend!;
      for (const r of fixture.results.filter((x) => x.model === model)) {
        const t = trend.find((x) => x.nPerArm === r.n)!;
        expect(t.trueTargetDose).toBeCloseTo(fixture.trueTd, 12);
        expect(z(t.significant, t.sims, r.significant, r.sims), `significant ${t.significant} vs ${r.significant}`).toBeLessThan(3);
        expect(z(t.tdEstimated!, t.sims, r.tdEstimated, r.sims), `tdEstimated ${t.tdEstimated} vs ${r.tdEstimated}`).toBeLessThan(3);
        expect(z(t.tdQuantiles!.share, t.sims, r.share, r.sims), `share ${t.tdQuantiles!.share} vs ${r.share}`).toBeLessThan(3);
        expect(Math.abs(t.tdQuantiles!.p50 - r.p50)).toBeLessThan(0.1 * r.p50);
        if (process.env.SHOW_Z) console.log(model, r.n, z(t.significant, t.sims, r.significant, r.sims), z(t.tdEstimated!, t.sims, r.tdEstimated, r.sims), z(t.tdQuantiles!.share, t.sims, r.share, r.sims), t.tdEstimated, r.tdEstimated, t.tdQuantiles!.p50, r.p50);
      }
    });
  }
});

describe('trendTest.estimate on a binary endpoint: determinism and validation', () => {
  it('same seed, same numbers; 1 or 3 workers give what simulate() gives', async () => {
    const s = scenarioOf(raw({ simulation: { sims: 1500, seed: 'pool' } }, { model: 'average' }));
    const direct = simulate(s);
    expect(simulate(s).trend).toEqual(direct.trend);
    expect(direct.trend![1].tdEstimated!).toBeGreaterThan(0.2);
    for (const k of [1, 3]) {
      const { result } = await runPool(Array.from({ length: k }, inProcessRemote), plannerJob, s, { batchMs: 1 });
      expect(result.trend).toEqual(direct.trend);
    }
  });

  it('a lower-is-better endpoint (response is bad) mirrors a higher-is-better one', () => {
    // The fit: log-odds of non-response are −θ̂ with the same variances, so TD̂ must be the same, model by model.
    const doses = [0, 2.5, 5, 10, 20];
    const candidates = scenarioOf(raw()).trendTest.candidates;
    const data = { m: [4.1, 5.3, 6.2, 6.8, 7.4], mean: [-1.4, -0.8, -0.35, -0.1, 0.12], ss: [0, 0, 0, 0, 0] };
    const flipped = { ...data, mean: data.mean.map((t) => -t) };
    for (const choice of ['aic', 'average', 'emax', 'linear', 'exponential', 'quadratic', 'sigEmax'] as const) {
      const o = { doses, candidates, choice, relevantEffect: 0.15, logit: true };
      const up = new ModStep({ ...o, sign: 1 }).run(data, [1, 1, 1]);
      const down = new ModStep({ ...o, sign: -1 }).run(flipped, [1, 1, 1]);
      expect(up, choice).toBeGreaterThan(0);
      expect(Math.abs(down - up), `${choice}: ${down} vs ${up}`).toBeLessThan(1e-6 * up);
    }
    // The engine: the mirrored scenario (rates 1 − p, effect −0.32) has the same true TD and the same chances.
    const sims = 1500;
    const up = simulate(scenarioOf(raw({ simulation: { sims, seed: 'mirror' } }))).trend!;
    const down = scenarioOf(
      raw({
        endpoint: { type: 'binary', direction: 'lower-is-better' },
        doseResponse: { model: 'emax', ed50: 5, reference: { dose: 20, effect: -0.32 }, relevantEffect: 0.15 },
        arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.8 } : {}) })),
        simulation: { sims, seed: 'mirror' },
      }),
    );
    const t = simulate(down).trend!;
    expect(t[0].trueTargetDose).toBeCloseTo(3, 12);
    t.forEach((x, i) => {
      expect(z(x.significant, sims, up[i].significant, sims)).toBeLessThan(4);
      expect(z(x.tdEstimated!, sims, up[i].tdEstimated!, sims)).toBeLessThan(4);
    });
  });

  it('refuses estimate on a responder endpoint, naming the field and why', () => {
    const v = validateScenario(
      raw({
        endpoint: { type: 'responder', source: { type: 'continuous' }, threshold: 0.5 },
        arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
      }),
    );
    expect(v.ok ? [] : v.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^trendTest\.estimate is not available for a responder endpoint \(.*source's scale\)/)]);
  });
});

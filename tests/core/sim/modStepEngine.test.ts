import { describe, expect, it, vi } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { ModStep } from '../../../src/core/mcpmod/fit/index.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import { runPool } from '../../../src/pool/runPool.ts';
import { inProcessRemote } from '../pool/fakes.ts';

const ARMS = [
  { label: 'Placebo', dose: 0, mean: 0, sd: 1 },
  { label: 'Low', dose: 2.5, sd: 1 },
  { label: 'Mid', dose: 5, sd: 1 },
  { label: 'High', dose: 10, sd: 1 },
  { label: 'Top', dose: 20, sd: 1 },
];

/** Emax (ED50 5) with effect 0.8 at dose 10, so eMax = 1.2 and Δ = 0.4 gives the true TD = 5·0.4/0.8 = 2.5. */
function raw(extra: Record<string, unknown> = {}, relevantEffect: number | null = 0.4): Record<string, unknown> {
  return {
    endpoint: { type: 'continuous' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, ...(relevantEffect === null ? {} : { relevantEffect }) },
    arms: ARMS,
    analysis: { test: 'student', alpha: 0.05, sides: 1, multiplicity: 'dunnett' },
    design: { nPerArm: [30] },
    simulation: { sims: 1000, seed: 'modstep' },
    trendTest: { estimate: { model: 'emax' } },
    ...extra,
  };
}

function scenarioOf(r: Record<string, unknown>): ResolvedScenario {
  const v = validateScenario(r);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

const messages = (r: Record<string, unknown>) => {
  const v = validateScenario(r);
  return v.ok ? [] : v.errors.map((e) => e.message);
};

describe('trendTest.estimate: validation', () => {
  it('names the field and the allowed values', () => {
    expect(messages(raw({ trendTest: { estimate: { model: 'logistic' } } }))[0]).toMatch(
      /^trendTest\.estimate\.model must be one of "aic", "average", "emax", .*got "logistic"/,
    );
    expect(messages(raw({ trendTest: { estimate: { model: 'aic', tolerance: 0 } } }))).toEqual([
      'trendTest.estimate.tolerance must be in (0, 1], got 0',
    ]);
    expect(messages(raw({ trendTest: { estimate: { model: 'aic', tolerance: 1.5 } } }))).toEqual([
      'trendTest.estimate.tolerance must be in (0, 1], got 1.5',
    ]);
    expect(messages(raw({ trendTest: { estimate: { model: 'aic', tol: 0.2 } } }))[0]).toMatch(/trendTest\.estimate.*tol/);
  });

  it('refuses without doseResponse.relevantEffect, naming that field', () => {
    expect(messages(raw({}, null))).toEqual([
      'trendTest.estimate needs doseResponse.relevantEffect (Δ > 0, the effect the target dose must reach)',
    ]);
  });

  it('resolves the default tolerance and leaves scenarios without estimate alone', () => {
    expect(scenarioOf(raw({ trendTest: { estimate: { model: 'aic' } } })).trendTest.estimate).toEqual({ model: 'aic', tolerance: 0.25 });
    const plain = scenarioOf(raw({ trendTest: {} }));
    expect(plain.trendTest.estimate).toBeUndefined();
    expect(simulate(plain).trend![0].tdEstimated).toBeUndefined();
  });
});

describe('trendTest.estimate: the Mod step in the engine', () => {
  it('is 0 when the MCP step can never be significant', () => {
    const t = simulate(scenarioOf(raw({ design: { nPerArm: [5] }, trendTest: { alpha: 1e-9, estimate: { model: 'aic' } } }))).trend![0];
    expect(t.trueTargetDose).toBeCloseTo(2.5, 12);
    expect(t.significant).toBe(0);
    expect(t.tdEstimated).toBe(0);
    expect(t.tdQuantiles).toBeNull();
  });

  it('is near 1 at a huge n with a clear dose-response, and TD̂ centres on the true TD', () => {
    const t = simulate(scenarioOf(raw({ design: { nPerArm: [4000] }, simulation: { sims: 400, seed: 'big' } }))).trend![0];
    expect(t.tdEstimated!).toBeGreaterThan(0.99);
    expect(t.tdQuantiles!.share).toBe(1);
    expect(Math.abs(t.tdQuantiles!.p50 - 2.5)).toBeLessThan(0.05);
    expect(t.tdQuantiles!.p10).toBeLessThan(t.tdQuantiles!.p50);
  });

  it('never exceeds the chance of a significant MCP step; the MCSE is the binomial one', () => {
    for (const model of ['aic', 'average', 'linear']) {
      const t = simulate(scenarioOf(raw({ trendTest: { estimate: { model } } }))).trend![0];
      expect(t.tdEstimated!).toBeLessThanOrEqual(t.significant);
      expect(t.tdEstimatedMcse).toBeCloseTo(Math.sqrt((t.tdEstimated! * (1 - t.tdEstimated!)) / 1000), 15);
    }
  });

  it('gives the same numbers with 1 or 3 workers', async () => {
    const s = scenarioOf(raw({ design: { nPerArm: [20, 40] }, simulation: { sims: 2500, seed: 'pool' }, trendTest: { estimate: { model: 'average' } } }));
    const direct = simulate(s);
    for (const k of [1, 3]) {
      const { result } = await runPool(Array.from({ length: k }, inProcessRemote), plannerJob, s, { batchMs: 1 });
      expect(result.trend).toEqual(direct.trend);
    }
  });
});

/** Independent Emax fit: weighted LS of (e0, eMax) on the arm means for each ED50 on a log grid, then golden-section refinement. */
function bruteEmaxTd(doses: number[], m: number[], mean: number[], delta: number): number {
  const top = Math.max(...doses);
  const rss = (ed50: number) => {
    const x = doses.map((d) => d / (ed50 + d));
    const W = m.reduce((a, b) => a + b, 0);
    const xb = x.reduce((a, xi, i) => a + m[i] * xi, 0) / W;
    const yb = mean.reduce((a, yi, i) => a + m[i] * yi, 0) / W;
    let sxy = 0;
    let sxx = 0;
    x.forEach((xi, i) => ((sxy += m[i] * (xi - xb) * (mean[i] - yb)), (sxx += m[i] * (xi - xb) ** 2)));
    const eMax = sxy / sxx;
    const e0 = yb - eMax * xb;
    return { r: x.reduce((a, xi, i) => a + m[i] * (mean[i] - e0 - eMax * xi) ** 2, 0), eMax };
  };
  let best = 0;
  const grid = Array.from({ length: 4001 }, (_, i) => Math.log(0.001 * top) + (i / 4000) * Math.log(1500));
  grid.forEach((g, i) => (rss(Math.exp(g)).r < rss(Math.exp(grid[best])).r ? (best = i) : 0));
  let lo = grid[Math.max(0, best - 1)];
  let hi = grid[Math.min(grid.length - 1, best + 1)];
  for (let it = 0; it < 100; it++) {
    const a = lo + 0.382 * (hi - lo);
    const b = hi - 0.382 * (hi - lo);
    if (rss(Math.exp(a)).r < rss(Math.exp(b)).r) hi = b;
    else lo = a;
  }
  const ed50 = Math.exp((lo + hi) / 2);
  const { eMax } = rss(ed50);
  const td = eMax > delta ? (ed50 * delta) / (eMax - delta) : NaN;
  return td <= top ? td : NaN;
}

describe('trendTest.estimate: agrees with a brute-force re-fit of the simulated trials', () => {
  it('the same TD̂ trial by trial, and the same count of hits', () => {
    const seen: { m: number[]; mean: number[]; td: number }[] = [];
    const original = ModStep.prototype.run;
    const spy = vi.spyOn(ModStep.prototype, 'run').mockImplementation(function (this: ModStep, data, sig) {
      const td = original.call(this, data, sig);
      seen.push({ m: Array.from(data.m), mean: Array.from(data.mean), td });
      return td;
    });
    const t = simulate(scenarioOf(raw({ design: { nPerArm: [15] }, simulation: { sims: 100, seed: 'brute' } }))).trend![0];
    spy.mockRestore();
    expect(seen.length).toBe(Math.round(t.significant * 100));
    expect(seen.filter((x) => x.td > 0).length).toBeGreaterThan(50);
    let hits = 0;
    for (const trial of seen) {
      const td = bruteEmaxTd([0, 2.5, 5, 10, 20], trial.m, trial.mean, 0.4);
      if (Number.isNaN(td)) expect(trial.td).toBeNaN();
      else expect(Math.abs(trial.td - td)).toBeLessThan(1e-4 * 20);
      if (Math.abs(td - 2.5) <= 0.25 * 2.5) hits++;
    }
    expect(Math.round(t.tdEstimated! * 100)).toBe(hits);
  });
});

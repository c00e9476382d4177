import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { COST, estimateWork } from '../../../src/core/scenario/workEstimate.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';

const binary = {
  endpoint: { type: 'binary' },
  arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.5 }],
  analysis: { test: 'fisher', alpha: 0.05, sides: 2 },
  simulation: { sims: 1_000_000, seed: 'w' },
};

function check(v: unknown) {
  return validateScenario(v);
}

function valid(v: unknown): ResolvedScenario {
  const r = validateScenario(v);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Issue 9, item 6: the estimate counted 8 draws per Fisher trial whatever n; a 3-hour run was accepted. */
describe('work estimate counts each test’s real per-trial cost', () => {
  it('Fisher at n = 100,000 with 1e6 trials is refused before it starts, naming sims, nPerArm and the limit', () => {
    const r = check({ ...binary, design: { nPerArm: [100000], dropout: 0.1 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].path).toBe('simulation.sims');
    expect(r.errors[0].message).toMatch(
      /^simulation\.sims with design\.nPerArm up to 100000 and the fisher test needs about [0-9,.]+ billion draw-equivalents of work, more than the 20 billion allowed .*simulation\.sims.*design\.nPerArm/,
    );
  });

  it('rank tests pay for their sort; ANCOVA for its covariate', () => {
    const base = { endpoint: { type: 'continuous', baselineCorrelation: 0.5 }, arms: [{ mean: 0, sd: 1 }, { mean: 0.3, sd: 1 }], design: { nPerArm: [1000] }, simulation: { sims: 1000, seed: 'w' } };
    const welch = estimateWork(valid({ ...base, endpoint: { type: 'timed-walk' }, analysis: { test: 'welch', alpha: 0.05 } }));
    const mw = estimateWork(valid({ ...base, endpoint: { type: 'timed-walk' }, analysis: { test: 'mann-whitney', alpha: 0.05 } }));
    const ancova = estimateWork(valid({ ...base, analysis: { test: 'ancova', alpha: 0.05 } }));
    expect(mw / welch).toBeCloseTo(1 + COST.rankSortPerPatientLog2n * Math.log2(1000), 6);
    expect(ancova / welch).toBeCloseTo(1.2, 6);
  });

  it('every shipped scenario is accepted, at its own sims and at 100,000', () => {
    for (const f of ['t25fw-edss6', 'sixmwt-edss6', 'edss-plus-responders', 'dose-finding-t25fw']) {
      const json = JSON.parse(readFileSync(new URL(`../../../static/scenarios/${f}.json`, import.meta.url), 'utf8'));
      expect(check(json).ok, f).toBe(true);
      json.simulation.sims = 100_000;
      expect(check(json).ok, `${f} at 1e5 trials`).toBe(true);
    }
  });

  it("the benchmark's runs are accepted (1e6 trials at n = 50; the 3 arms × 20 sizes × 10,000 grids)", () => {
    const one = { endpoint: { type: 'continuous' }, arms: [{ mean: 0, sd: 1 }, { mean: 0.5, sd: 1 }], design: { nPerArm: [50] }, simulation: { sims: 1_000_000, seed: 'b' } };
    for (const test of ['welch', 'mann-whitney', 'ancova']) expect(check({ ...one, analysis: { test, alpha: 0.05 } }).ok, test).toBe(true);
    for (const test of ['fisher', 'chi-square']) expect(check({ ...binary, design: { nPerArm: [50] }, analysis: { test, alpha: 0.05 } }).ok, test).toBe(true);
    const grid = {
      endpoint: { type: 'timed-walk' },
      arms: [{ mean: -54.4, sd: 70.5 }, { mean: -30, sd: 40 }, { mean: -10, sd: 30 }, { mean: 3.7, sd: 23.1 }],
      design: { nPerArm: { from: 10, to: 200, step: 10 }, dropout: 0.1 },
      simulation: { sims: 10_000, seed: 'grid' },
    };
    expect(check({ ...grid, analysis: { test: 'mann-whitney', alpha: 0.05, multiplicity: 'bonferroni' } }).ok).toBe(true);
    expect(check({ ...grid, endpoint: { type: 'continuous' }, arms: grid.arms.map((a, i) => ({ mean: 0.15 * i, sd: 1 })), analysis: { test: 'student', alpha: 0.05, multiplicity: 'dunnett' } }).ok).toBe(true);
  });
});

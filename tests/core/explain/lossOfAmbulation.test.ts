import { describe, expect, it } from 'vitest';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { lossOfAmbulation, type LossParams } from '../../../src/core/explain/lossOfAmbulation.ts';
import { capFor, HARMS, lossBiasDefaults, lossBiasParams } from '../../../src/core/explain/sections/lossBias.ts';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import fixture from '../../fixtures/loss/worstRank.json';
import { experimentJob } from '../../../src/core/run/experimentJob.ts';
import { runPool } from '../../../src/pool/runPool.ts';
import { inProcessRemote } from '../pool/fakes.ts';
import { Phi, tol } from './helpers.ts';

const t25fw = { control: { mean: -54.4, sd: 70.5, dropout: 0.1 }, treatment: { mean: 3.7, sd: 23.1, dropout: 0.1 } };
const base: LossParams = {
  seed: 'loss-test',
  sims: 4000,
  n: [20, 20],
  measure: 'time',
  ...t25fw,
  baseline: { logMean: Math.log(10), logSd: 0.5, rho: 0 },
  points: [{ loss: [0, 0], cap: [null, null] }],
  threshold: 20,
  excludeTest: 'welch',
  responderTest: 'chi-square',
  alpha: 0.05,
  sides: 2,
};
const same = { mean: -20, sd: 40, dropout: 0.1 };
const grid = (...loss: [number, number][]) => loss.map((l) => ({ loss: l, cap: [null, null] }));

describe('loss of ambulation: the same patients analysed every way', () => {
  it('with nobody unable, worst-rank is the plain Mann–Whitney test and exclude the plain test, trial for trial', () => {
    for (const excludeTest of ['welch', 'mann-whitney'] as const) {
      const [q] = runLocally('loss-of-ambulation', { ...base, excludeTest });
      expect(q.strategies.worstRank).toEqual(q.strategies.referenceRank);
      expect(q.strategies.exclude).toEqual(q.strategies.reference);
      expect(q.unable).toEqual([0, 0]);
    }
  });

  it("with nobody unable, worst-rank power matches the engine's Mann–Whitney power on the same model", () => {
    const [q] = runLocally('loss-of-ambulation', base);
    const v = validateScenario({
      endpoint: { type: 'timed-walk', measure: 'time' },
      arms: [{ label: 'C', mean: -54.4, sd: 70.5 }, { label: 'T', mean: 3.7, sd: 23.1 }],
      analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 },
      design: { nPerArm: [20], dropout: 0.1 },
      simulation: { sims: 4000, seed: 'engine' },
    });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const engine = simulate(v.scenario).rows[0].powerBenefit;
    const p = q.strategies.worstRank.better.value;
    expect(Math.abs(p - engine)).toBeLessThan(Math.SQRT2 * tol(engine, 4000));
  });

  it('worst-rank power agrees with an independent numpy/scipy simulation at several loss rates', () => {
    const r = runLocally('loss-of-ambulation', { ...base, n: fixture.n, points: grid(...(fixture.points.map((p) => p.loss) as [number, number][])) });
    fixture.points.forEach((f, i) => {
      const s = r[i].strategies.worstRank;
      // Both are simulations: the allowance is 4 SEs of their difference.
      const se = (p: number, q: number) => 4 * Math.sqrt((p * (1 - p)) / base.sims + (q * (1 - q)) / fixture.sims);
      expect(Math.abs(s.better.value - f.better)).toBeLessThan(se(f.better, s.better.value) + 1e-9);
      expect(Math.abs(s.worse.value - f.worse)).toBeLessThan(se(f.worse, s.worse.value) + 1e-9);
    });
  });

  it('holds its level under no treatment effect: identical walk and equal loss, for every strategy', () => {
    const r = runLocally('loss-of-ambulation', { ...base, n: [30, 30], control: same, treatment: same, points: grid([0.3, 0.3]) });
    for (const k of ['worstRank', 'exclude', 'nonResponder', 'reference'] as const) {
      // Chi-square on small counts is approximate: 0.01 beyond the Monte Carlo allowance.
      const extra = k === 'nonResponder' ? 0.01 : 0;
      expect(Math.abs(r[0].strategies[k].power.value - 0.05), k).toBeLessThan(tol(0.05, base.sims) + extra);
    }
  });

  it('with unequal loss and the walk unchanged, worst-rank detects the loss and exclude does not', () => {
    const r = runLocally('loss-of-ambulation', { ...base, n: [30, 30], control: same, treatment: same, points: grid([0, 0.3]) });
    const { worstRank, exclude } = r[0].strategies;
    // Noether's approximation: θ = P(treated ranks above control) = 0.7 · ½ = 0.35 (a treated patient unable
    // ranks below every control); power ≈ Φ(|θ − ½|/√((m₀ + m₁ + 1)/(12·m₀·m₁)) − z₀.₉₇₅) at 27 completers per arm.
    // An approximation (no variance change under the alternative, n varies with dropout): 0.05 allowed.
    const m = 27;
    const noether = Phi(0.15 / Math.sqrt((2 * m + 1) / (12 * m * m)) - 1.959964);
    expect(Math.abs(worstRank.worse.value - noether)).toBeLessThan(0.05);
    expect(worstRank.worse.value).toBeGreaterThan(0.3);
    expect(Math.abs(exclude.power.value - 0.05)).toBeLessThan(tol(0.05, base.sims));
  });

  it('uses the same patients at every point: the analysis with nobody lost is identical, loss shares follow the rates', () => {
    const r = runLocally('loss-of-ambulation', { ...base, points: grid([0, 0], [0.2, 0.1], [0.4, 0.4]) });
    for (const q of r) expect(q.strategies.reference).toEqual(r[0].strategies.reference);
    const completers = base.sims * 20 * 0.9;
    r.forEach((q) => q.unable.forEach((u, j) => expect(Math.abs(u - q.loss[j])).toBeLessThan(tol(q.loss[j], completers) + 1e-9)));
  });

  it('a time cap makes exactly the slowest share unable: the share above capFor(p) is p', () => {
    const p = lossBiasParams({ ...lossBiasDefaults(), nPerArm: 50 }, 'cap');
    const r = runLocally('loss-of-ambulation', { ...p, sims: 1000, points: [p.points[0], p.points[HARMS.indexOf(30)]] });
    const patients = 1000 * 50;
    expect(Math.abs(r[0].unable[0] - 0.1)).toBeLessThan(tol(0.1, patients));
    expect(Math.abs(r[1].unable[1] - 0.4)).toBeLessThan(tol(0.4, patients));
    expect(capFor(0.4)).toBeLessThan(capFor(0.1));
    // The survivors of the harsher cap walk better on average: the selection that biases "exclude".
    expect(r[1].walkerMean[1]).toBeGreaterThan(r[1].walkerMean[0]);
  });

  it('gives the same numbers with 1 or 3 workers, in any completion order, as a local run', async () => {
    const p = { ...base, sims: 3500, points: grid([0, 0.2], [0.3, 0.1]) };
    const local = runLocally('loss-of-ambulation', p);
    for (const k of [1, 3]) {
      const r = await runPool(Array.from({ length: k }, inProcessRemote), experimentJob('loss-of-ambulation'), p, { batchMs: 1 });
      expect(r.result).toEqual(local);
    }
  });

  it('is reproducible by seed, and refuses bad parameters with field names', () => {
    const p = { ...base, sims: 1000, points: grid([0.1, 0.2]) };
    expect(runLocally('loss-of-ambulation', p)).toEqual(runLocally('loss-of-ambulation', p));
    expect(lossOfAmbulation.check({ ...p, points: grid([0.95, 0]) })).toEqual(['points[0].loss[0] must be a number in [0, 0.9], got 0.95']);
    expect(lossOfAmbulation.check({ ...p, n: [2, 20] })).toEqual(['n[0] must be a whole number in [4, 1000], got 2']);
    expect(lossOfAmbulation.check({ ...p, measure: 'distance', points: [{ loss: [0, 0], cap: [null, 30] }] })).toEqual([
      'points[0].cap[1] needs measure "time" (a time cap), got measure "distance"',
    ]);
  });
});

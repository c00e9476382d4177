import { describe, expect, it } from 'vitest';
import { tQuantile } from '../../../src/core/distributions/studentT.ts';
import { candidateContrasts, contrastCorrelation } from '../../../src/core/mcpmod/contrasts.ts';
import { maxContrastCriticalDetail } from '../../../src/core/mcpmod/critical.ts';
import { CriticalByDf } from '../../../src/core/mcpmod/criticalByDf.ts';
import { perArmStatistics, plannedSatterthwaiteDf, precisionWeights } from '../../../src/core/mcpmod/perArmStatistics.ts';
import { TrendTest } from '../../../src/core/mcpmod/trendTest.ts';
import type { CandidateModel, TrendTestOptions } from '../../../src/core/mcpmod/types.ts';
import { maxContrastPowerPerArm } from '../../../src/core/mcpmod/maxContrastPower.ts';
import { streamFor } from '../../../src/core/random/index.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { simulateTrend, tol } from './simulate.ts';

const doses = [0, 5, 10, 20];
const candidates: CandidateModel[] = [
  { model: 'emax', params: { ed50: 4 } },
  { model: 'linear', params: {} },
  { model: 'exponential', params: { delta: 7.2 } },
  { model: 'quadratic', params: { delta: -1 / 30 } },
];
const perArm = (n: number[], sd: number[], extra: Partial<TrendTestOptions> = {}): TrendTestOptions => ({
  doses, n, candidates, alpha: 0.025, sign: 1, trueMeans: [0, 0, 0, 0], variance: 'per-arm', sd, ...extra,
});

describe('per-arm trend test: one trial', () => {
  it('T_m = sign·c·ȳ/√(Σc²s²/m) with each arm\'s own s², ν = min over contrasts of the Welch–Satterthwaite df', () => {
    const sd = [4, 1, 1, 1];
    const t = new TrendTest(perArm([20, 10, 10, 10], sd));
    const C = candidateContrasts(candidates, doses, [20 / 16, 10, 10, 10]);
    const ws = new Workspace([20, 10, 10, 10], false, false);
    ws.m.set([18, 9, 10, 8]);
    ws.mean.set([0.1, 0.6, 1.1, 0.9]);
    const s = [3.6, 1.2, 0.8, 1.1];
    ws.ss.set(s.map((x, i) => x * x * (ws.m[i] - 1)));
    t.run(ws);
    let nuMin = Infinity;
    C.forEach((c, m) => {
      const parts = c.map((ci, i) => (ci * ci * s[i] * s[i]) / ws.m[i]);
      const V = parts.reduce((a, b) => a + b, 0);
      const nu = V ** 2 / parts.reduce((a, p, i) => a + p ** 2 / (ws.m[i] - 1), 0);
      nuMin = Math.min(nuMin, nu);
      expect(t.stat[m]).toBeCloseTo(c.reduce((a, ci, i) => a + ci * ws.mean[i], 0) / Math.sqrt(V), 12);
      expect(t.statDf[m]).toBeCloseTo(nu, 9);
      expect(Array.from(t.contrasts.subarray(m * 4, m * 4 + 4))).toEqual(Array.from(c));
    });
    expect(t.maxT).toBe(Math.max(...t.stat));
    const exact = maxContrastCriticalDetail(t.correlation, nuMin, 0.025);
    expect(t.significant).toBe(t.maxT > exact.q);
    // lower-is-better mirrors it
    const u = new TrendTest(perArm([20, 10, 10, 10], sd, { sign: -1 }));
    ws.mean.set([-0.1, -0.6, -1.1, -0.9]);
    u.run(ws);
    expect(Array.from(u.stat)).toEqual(Array.from(t.stat));
    expect(u.significant).toBe(t.significant);
  });

  it('two arms and one contrast is exactly Welch\'s one-sided t-test with its Satterthwaite df', () => {
    const o: TrendTestOptions = { doses: [0, 1], n: [12, 30], candidates: [{ model: 'linear', params: {} }], alpha: 0.05, sign: 1, trueMeans: [0, 0], variance: 'per-arm', sd: [3, 1] };
    const t = new TrendTest(o);
    const ws = new Workspace([12, 30], false, false);
    const stream = streamFor('welch-2arm', 0);
    let agree = 0;
    for (let r = 0; r < 2000; r++) {
      ws.m.set([2 + Math.floor(stream.uniform() * 11), 2 + Math.floor(stream.uniform() * 29)]);
      ws.mean.set([stream.normal(), 0.8 + stream.normal() * 0.5]);
      ws.ss.set([9 * stream.chiSquare(ws.m[0] - 1), stream.chiSquare(ws.m[1] - 1)]);
      t.run(ws);
      const v0 = ws.ss[0] / (ws.m[0] - 1) / ws.m[0];
      const v1 = ws.ss[1] / (ws.m[1] - 1) / ws.m[1];
      const welch = (ws.mean[1] - ws.mean[0]) / Math.sqrt(v0 + v1);
      const df = (v0 + v1) ** 2 / (v0 ** 2 / (ws.m[0] - 1) + v1 ** 2 / (ws.m[1] - 1));
      expect(t.maxT).toBeCloseTo(welch, 10);
      expect(t.statDf[0]).toBeCloseTo(df, 8);
      if (t.significant === welch > tQuantile(0.95, df)) agree++;
    }
    expect(agree).toBe(2000);
  });

  it('equal SDs give the pooled test\'s contrasts and correlations; ν* is the Satterthwaite df at the plan', () => {
    const n = [30, 15, 15, 20];
    const a = new TrendTest(perArm(n, [2, 2, 2, 2]));
    const b = new TrendTest({ ...perArm(n, [2, 2, 2, 2]), variance: 'pooled' });
    a.contrasts.forEach((c, i) => expect(c).toBeCloseTo(b.contrasts[i], 12));
    a.correlation.forEach((row, i) => row.forEach((r, j) => expect(r).toBeCloseTo(b.correlation[i][j], 12)));
    const C = candidateContrasts(candidates, doses, precisionWeights(n, [2, 2, 2, 2]));
    expect(a.df).toBe(Math.max(12, Math.round(plannedSatterthwaiteDf(C, n, [2, 2, 2, 2]))));
    expect(a.df).toBeLessThanOrEqual(76);
    expect(precisionWeights([10, 40], [2, 1])).toEqual([2.5, 40]);
    expect(plannedSatterthwaiteDf([Float64Array.of(-Math.SQRT1_2, Math.SQRT1_2)], [10, 10], [1, 1])).toBeCloseTo(18, 12);
  });

  it('is undefined and not significant with fewer than 2 completers in an arm; needs the SDs', () => {
    const t = new TrendTest(perArm([10, 10, 10, 10], [1, 2, 2, 2]));
    const ws = new Workspace([10, 10, 10, 10], false, false);
    ws.m.set([10, 1, 10, 10]);
    ws.mean.set([0, 5, 5, 5]);
    ws.ss.set([9, 0, 9, 9]);
    t.run(ws);
    expect([t.maxT, t.significant, t.selectedModel, t.bestArm]).toEqual([NaN, false, -1, 0]);
    expect(t.statDf[0]).toBeNaN();
    const v = new Float64Array(4);
    expect(perArmStatistics(t.contrasts, 4, ws, 1, new Float64Array(4), new Float64Array(4), v)).toBeNaN();
    expect(() => new TrendTest(perArm([10, 10, 10, 10], [1, 2, 2]))).toThrow(RangeError);
    expect(() => new TrendTest(perArm([10, 10, 10, 10], [1, 0, 2, 2]))).toThrow(RangeError);
    expect(() => new TrendTest({ ...perArm([10, 10, 10, 10], [1, 1, 1, 1]), sd: undefined })).toThrow(RangeError);
  });
});

describe('CriticalByDf: q(ν) at any real ν', () => {
  const n = [20, 10, 10, 10];
  const w = precisionWeights(n, [4, 1, 1, 1]);
  const R = contrastCorrelation(candidateContrasts(candidates, doses, w), w);
  const crit = new CriticalByDf(R, 0.025, 30, 46);

  /** The q that exceeds() implies at ν, by bisection. */
  const implied = (nu: number) => {
    let lo = 1;
    let hi = 40;
    for (let i = 0; i < 60; i++) {
      const mid = 0.5 * (lo + hi);
      if (crit.exceeds(mid, nu)) hi = mid;
      else lo = mid;
    }
    return 0.5 * (lo + hi);
  };

  it('matches the exact multivariate t critical value within 1e-3 (3e-4·q below ν = 4), and falls with ν', () => {
    let last = Infinity;
    for (const nu of [1.06, 1.3, 1.5, 2.06, 2.4, 3.7, 4.5, 5.5, 8, 11.3, 12, 13, 17.8, 30, 40.2, 46, 200, Infinity]) {
      const exact = maxContrastCriticalDetail(R, nu, 0.025).q;
      const q = implied(nu);
      expect(Math.abs(q - exact), `ν = ${nu}: ${q} vs ${exact}`).toBeLessThan(nu < 4 ? 3e-4 * exact : 1e-3);
      expect(q).toBeLessThan(last);
      last = q;
    }
    expect(crit.at(30)).toBe(crit.critical);
    expect(crit.exceeds(NaN, 10)).toBe(false);
    expect(crit.exceeds(5, NaN)).toBe(false);
    expect(crit.exceeds(5, 0.5)).toBe(false);
    expect(crit.at(0)).toBeNaN();
  });
});

describe('per-arm power: simulation against the closed form (multivariate noncentral t at the planned ν*)', () => {
  it('agrees within 4 MCSE + 0.005 (the Satterthwaite approximation); powMCT\'s df = ∞ overstates it', () => {
    const SIMS = 20_000;
    for (const [n0, sd, eff] of [[30, [4, 1, 1, 1], 1], [30, [1, 2, 3, 4], 1.2], [15, [70.5, 23.1, 23.1, 23.1], 29]] as [number, number[], number][]) {
      const n = [n0, n0, n0, n0];
      const means = doses.map((d) => (1.4 * eff * d) / (4 + d));
      const r = simulateTrend(perArm(n, sd, { trueMeans: means }), sd, 0, SIMS, `power-${sd}`);
      const C = [0, 1, 2, 3].map((m) => r.test.contrasts.subarray(m * 4, m * 4 + 4));
      const cf = maxContrastPowerPerArm(C, n, means, sd, 1, 0.025, r.test.df);
      const sim = r.significant / SIMS;
      expect(Math.abs(sim - cf.power), `SDs ${sd}: ${sim} vs ${cf.power}`).toBeLessThan(tol(cf.power, SIMS) + cf.error + 0.005);
      expect(maxContrastPowerPerArm(C, n, means, sd, 1, 0.025).power).toBeGreaterThan(cf.power);
    }
  });
});

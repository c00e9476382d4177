import { describe, expect, it } from 'vitest';
import { doseArmMeans } from '../../../src/core/doses/armMeans.ts';
import { candidateContrasts } from '../../../src/core/mcpmod/contrasts.ts';
import { maxContrastCritical } from '../../../src/core/mcpmod/critical.ts';
import { maxContrastPower } from '../../../src/core/mcpmod/maxContrastPower.ts';
import { bestDoseArm, doseOrder, medDoseArm } from '../../../src/core/mcpmod/selection.ts';
import { TrendTest } from '../../../src/core/mcpmod/trendTest.ts';
import type { CandidateModel, TrendTestOptions } from '../../../src/core/mcpmod/types.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { simulateTrend, tol } from './simulate.ts';

const SIMS = 20_000;
const doses = [0, 5, 10, 20];
const candidates: CandidateModel[] = [
  { model: 'emax', params: { ed50: 4 } },
  { model: 'linear', params: {} },
  { model: 'exponential', params: { delta: 7.2 } },
  { model: 'quadratic', params: { delta: -1 / 30 } },
];
/** The design: placebo + 3 doses, Emax(ED50 = 10) anchored at 0.5 (sd units) at the regimen dose 10. */
const emaxMeans = (effect: number) =>
  doseArmMeans(0, doses, { model: 'emax', ed50: 10, hill: 1, reference: { dose: 10, effect } }, []);
const options = (trueMeans: number[], n = [20, 20, 20, 20], extra: Partial<TrendTestOptions> = {}): TrendTestOptions => ({
  doses, n, candidates, alpha: 0.05, sign: 1, relevantEffect: 0.3, trueMeans, ...extra,
});

describe('TrendTest: per trial', () => {
  it('computes T_m = sign·c·ȳ/(s√Σc²/m) with the pooled s over all arms, and the decisions', () => {
    const t = new TrendTest(options(emaxMeans(0.5)));
    const ws = new Workspace([20, 20, 20, 20], false, false);
    ws.m.set([20, 18, 20, 19]);
    ws.mean.set([0.1, 0.5, 0.9, 0.8]);
    ws.ss.set([19, 17.5, 21, 18]);
    t.run(ws);
    const s = Math.sqrt((19 + 17.5 + 21 + 18) / (77 - 4));
    const C = candidateContrasts(candidates, doses, [20, 20, 20, 20]);
    C.forEach((c, m) => {
      const num = c.reduce((a, ci, i) => a + ci * ws.mean[i], 0);
      const v = c.reduce((a, ci, i) => a + (ci * ci) / ws.m[i], 0);
      expect(t.stat[m]).toBeCloseTo(num / (s * Math.sqrt(v)), 12);
    });
    expect(t.maxT).toBe(Math.max(...t.stat));
    expect(t.significant).toBe(true);
    expect(t.selectedModel).toBe(t.stat.indexOf(t.maxT));
    expect(t.bestArm).toBe(2);
    expect(t.medArm).toBe(1); // 0.5 − 0.1 ≥ 0.3 at the lowest dose
    // lower-is-better: the same data mirrored give the same decisions
    const u = new TrendTest(options(emaxMeans(-0.5), undefined, { sign: -1 }));
    ws.mean.set([-0.1, -0.5, -0.9, -0.8]);
    u.run(ws);
    expect(Array.from(u.stat)).toEqual(Array.from(t.stat));
    expect([u.significant, u.bestArm, u.medArm, u.selectedModel]).toEqual([true, 2, 1, t.selectedModel]);
  });

  it('NaN-safe: an empty arm or no residual df is undefined and not significant', () => {
    const t = new TrendTest(options(emaxMeans(0.5)));
    const ws = new Workspace([20, 20, 20, 20], false, false);
    ws.m.set([20, 0, 20, 20]);
    ws.mean.set([0, NaN, 1, 1]);
    ws.ss.set([19, 0, 19, 19]);
    t.run(ws);
    expect(t.maxT).toBeNaN();
    expect([t.significant, t.selectedModel, t.bestArm, t.medArm]).toEqual([false, -1, 0, 0]);
    ws.m.set([1, 1, 1, 1]);
    ws.mean.set([0, 1, 2, 3]);
    t.run(ws);
    expect(t.significant).toBe(false);
  });

  it('static information: contrasts, q at the planned ν, true best dose and MED', () => {
    const t = new TrendTest(options(emaxMeans(0.5)));
    expect(t.df).toBe(76);
    expect(t.critical).toBe(maxContrastCritical(t.correlation, 76, 0.05));
    expect(t.criticalError).toBeLessThan(2e-3);
    expect(t.trueBestArm).toBe(3);
    expect(t.trueMedArm).toBe(1); // effect 1/3 at dose 5 ≥ Δ = 0.3
    expect(new TrendTest(options(emaxMeans(0.5), undefined, { relevantEffect: 1 })).trueMedArm).toBe(0);
    expect(new TrendTest(options(emaxMeans(0.5), undefined, { relevantEffect: undefined })).trueMedArm).toBe(0);
    expect(() => new TrendTest(options([0, 0, 0]))).toThrow(RangeError);
    expect(() => new TrendTest({ ...options(emaxMeans(0.5)), doses: [1, 1, 1, 1] })).toThrow(RangeError);
  });

  it('q for another ν (dropout) is within 1e-3 of the exact critical value (exact below ν = 12)', () => {
    const t = new TrendTest(options(emaxMeans(0.5)));
    for (const df of [3, 8, 12, 20, 40, 60, 70, 75, 76]) {
      const exact = maxContrastCritical(t.correlation, df, 0.05);
      expect(Math.abs(t.criticalFor(df) - exact), `ν=${df}`).toBeLessThan(1e-3);
    }
    expect(t.criticalFor(500)).toBeLessThan(t.critical);
    expect(t.criticalFor(0)).toBeNaN();
  });
});

describe('selection helpers', () => {
  it('JSDoc examples; ties go to the lower dose', () => {
    expect(Array.from(doseOrder([0, 20, 5, 10]))).toEqual([2, 3, 1]);
    expect(bestDoseArm([0, 1, 3, 2], Int32Array.of(1, 2, 3), 1)).toBe(2);
    expect(medDoseArm([0, 0.2, 0.6, 0.9], Int32Array.of(1, 2, 3), 1, 0.5)).toBe(2);
    expect(bestDoseArm([0, 2, 2], doseOrder([0, 10, 5]), 1)).toBe(2);
    expect(bestDoseArm([0, NaN, NaN], Int32Array.of(1, 2), 1)).toBe(0);
    expect(medDoseArm([0, 1], Int32Array.of(1), 1, NaN)).toBe(0);
  });
});

describe('TrendTest in simulation (NormalSummaryGenerator, 20,000 trials)', () => {
  it('rejects at α under a flat dose-response: no dropout, and 20% dropout (contrasts at the planned n)', () => {
    for (const [dropout, n] of [[0, [20, 20, 20, 20]], [0.2, [30, 15, 15, 15]]] as const) {
      const r = simulateTrend(options([1, 1, 1, 1], [...n]), 2, dropout, SIMS, `flat-${dropout}`);
      expect(Math.abs(r.significant / SIMS - 0.05), `dropout ${dropout}: ${r.significant / SIMS}`).toBeLessThan(tol(0.05, SIMS));
      expect(r.undefinedTrials).toBe(0);
    }
    const r = simulateTrend(options([0, 0, 0, 0], undefined, { alpha: 0.025, sign: -1 }), 1, 0, SIMS, 'flat-lower');
    expect(Math.abs(r.significant / SIMS - 0.025)).toBeLessThan(tol(0.025, SIMS));
  });

  it('power rises with the effect and matches the multivariate noncentral t (maxContrastPower)', () => {
    let last = 0;
    for (const effect of [0.2, 0.4, 0.6]) {
      const o = options(emaxMeans(effect));
      const sim = simulateTrend(o, 1, 0, SIMS, `power-${effect}`).significant / SIMS;
      const exact = maxContrastPower(candidateContrasts(candidates, doses, o.n), o.n, o.trueMeans, 1, 1, 0.05);
      expect(Math.abs(sim - exact.power), `effect ${effect}: ${sim} vs ${exact.power}`).toBeLessThan(tol(exact.power, SIMS) + exact.error);
      expect(sim).toBeGreaterThan(last);
      last = sim;
    }
  });

  it('with a huge effect it always detects the trend and finds the best dose and the MED', () => {
    const r = simulateTrend(options(emaxMeans(5), undefined, { relevantEffect: 2 }), 1, 0, SIMS, 'huge');
    expect(r.test.trueBestArm).toBe(3);
    expect(r.test.trueMedArm).toBe(1);
    expect(r.significant).toBe(SIMS);
    expect(r.bestCorrect / SIMS).toBeGreaterThan(0.999);
    expect(r.medCorrect / SIMS).toBeGreaterThan(0.999);
  });

  it('a moderate effect picks the right best dose more often as n grows, and more often than chance', () => {
    const rate = (n: number) => {
      const r = simulateTrend(options(emaxMeans(0.5), [n, n, n, n]), 1, 0, 5000, `best-${n}`);
      return r.bestCorrect / r.significant;
    };
    const small = rate(20);
    const large = rate(200);
    expect(small).toBeGreaterThan(1 / 3);
    expect(large).toBeGreaterThan(small);
  });
});

import { normalQuantile } from '../distributions/normal.ts';
import { streamFor } from '../random/index.ts';
import { Workspace } from '../workspace.ts';
import { ChiSquareTest } from '../hypothesis/chiSquare.ts';
import { FisherTest } from '../hypothesis/fisher.ts';
import { ParamChecker } from './checkParams.ts';
import { chunkTrials } from './plan.ts';
import { proportion, type Estimate } from './proportionSummary.ts';
import type { Experiment, SimParams } from './types.ts';

export interface CompositeParams extends SimParams {
  nControl: number;
  nTreatment: number;
  /** Per grid point: the placebo improvement rate of each component (EDSS, T25FW, 9HPT). */
  placebo: number[][];
  /** The component the treatment improves, and by how much (added to its rate). */
  component: number;
  effect: number;
  /** Correlation between components (a shared latent factor), in [0, 0.95]. */
  rho: number;
  test: 'chi-square' | 'fisher';
  alpha: number;
}

export interface CompositePoint {
  placebo: number[];
  composite: Estimate;
  single: Estimate;
  /** Simulated improvement rates: composite in each arm, and the treated component in each arm. */
  compositeRates: [number, number];
  singleRates: [number, number];
}

/**
 * A composite of improvements (improved on any of the components) against the one component the
 * treatment moves. Each patient has correlated latent normals zⱼ = √ρ·c + √(1 − ρ)·eⱼ and improves on
 * component j when zⱼ < Φ⁻¹(pⱼ) (a Gaussian copula), so each component keeps its own rate exactly.
 */
export const composite: Experiment<CompositeParams, { points: CompositePoint[] }> = {
  check(p) {
    const c = new ParamChecker();
    c.simulation(p, 200_000);
    c.number('nControl', p.nControl, 4, 2000, true);
    c.number('nTreatment', p.nTreatment, 4, 2000, true);
    if (!Array.isArray(p.placebo) || p.placebo.length === 0 || p.placebo.length > 100) c.errors.push('placebo must hold 1 to 100 points');
    else p.placebo.forEach((row, i) => c.list(`placebo[${i}]`, row, 0, 0.99, 6));
    const k = Array.isArray(p.placebo) && Array.isArray(p.placebo[0]) ? p.placebo[0].length : 1;
    c.number('component', p.component, 0, k - 1, true);
    c.number('effect', p.effect, 0, 0.9);
    c.number('rho', p.rho, 0, 0.95);
    c.oneOf('test', p.test, ['chi-square', 'fisher'] as const);
    c.number('alpha', p.alpha, 0.001, 0.2);
    if (c.errors.length === 0 && p.placebo.some((row) => row[p.component] + p.effect > 0.999))
      c.errors.push(`effect must keep the treated component's rate below 1, got ${p.effect}`);
    return c.errors;
  },
  plan: (p) => ({ points: p.placebo.length, sims: p.sims }),
  runner(p) {
    const n = [p.nControl, p.nTreatment];
    const ws = new Workspace(n, false, false);
    ws.m.set(n);
    const o = { level: p.alpha, sides: 2 as const, sign: 1 as const };
    const test = p.test === 'fisher' ? new FisherTest(o) : new ChiSquareTest(o);
    const k = p.placebo[0].length;
    const cut = [new Float64Array(k), new Float64Array(k)];
    const shared = Math.sqrt(p.rho);
    const own = Math.sqrt(1 - p.rho);
    const any = new Int32Array(2);
    const single = new Int32Array(2);
    return ({ point, chunk }) => {
      const rates = p.placebo[point];
      for (let j = 0; j < k; j++) {
        cut[0][j] = normalQuantile(rates[j]);
        cut[1][j] = normalQuantile(rates[j] + (j === p.component ? p.effect : 0));
      }
      const stream = streamFor(p.seed, 'composite', rates.join(' '), chunk);
      const trials = chunkTrials(p.sims, chunk);
      const counts = [0, 0, 0, 0, 0, 0];
      for (let t = 0; t < trials; t++) {
        for (let a = 0; a < 2; a++) {
          const q = cut[a];
          let anyCount = 0;
          let singleCount = 0;
          for (let i = 0; i < n[a]; i++) {
            const c = shared > 0 ? shared * stream.normal() : 0;
            let improved = 0;
            for (let j = 0; j < k; j++) {
              if (c + own * stream.normal() < q[j]) {
                improved = 1;
                if (j === p.component) singleCount++;
              }
            }
            anyCount += improved;
          }
          any[a] = anyCount;
          single[a] = singleCount;
        }
        ws.successes[0] = any[0];
        ws.successes[1] = any[1];
        ws.stat[1] = test.statistic(ws, 1);
        if (test.rejects(ws, 1)) counts[0]++;
        ws.successes[0] = single[0];
        ws.successes[1] = single[1];
        ws.stat[1] = test.statistic(ws, 1);
        if (test.rejects(ws, 1)) counts[1]++;
        counts[2] += any[0];
        counts[3] += any[1];
        counts[4] += single[0];
        counts[5] += single[1];
      }
      return { point, chunk, trials, counts, sums: [] };
    };
  },
  summarize(p, merged) {
    return {
      points: merged.map((m, i) => {
        const c = (h: number) => m.counts[h] ?? 0;
        const rate = (h: number, n: number) => (m.trials > 0 ? c(h) / (m.trials * n) : NaN);
        return {
          placebo: p.placebo[i],
          composite: proportion(c(0), m.trials),
          single: proportion(c(1), m.trials),
          compositeRates: [rate(2, p.nControl), rate(3, p.nTreatment)],
          singleRates: [rate(4, p.nControl), rate(5, p.nTreatment)],
        };
      }),
    };
  },
};

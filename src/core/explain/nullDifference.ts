import { streamFor } from '../random/index.ts';
import { buildGenerator, buildTest } from '../sim/build.ts';
import { Workspace } from '../workspace.ts';
import { binaryScenario } from './binaryScenario.ts';
import { binIndex, type Bins } from './bins.ts';
import { ParamChecker } from './checkParams.ts';
import { chunkTrials } from './plan.ts';
import { proportion, type Estimate } from './proportionSummary.ts';
import type { Experiment, SimParams } from './types.ts';

export interface NullDifferenceParams extends SimParams {
  /** The common true response rate when the treatment does nothing. */
  rate: number;
  nControl: number;
  nTreatment: number;
  /** The observed treatment − control difference to compare with (proportion). */
  observed: number;
  bins: Bins;
  test: 'chi-square' | 'fisher';
  alpha: number;
}

export interface NullDifferenceResult {
  /** Trials per bin of the simulated treatment − control difference. */
  counts: number[];
  /** Of those, the trials at least as far from 0 as the observed difference. */
  extremeCounts: number[];
  trials: number;
  /** Share of null trials with |difference| at least as large as the observed one. */
  asExtreme: Estimate;
  /** Share of null trials the test called significant (its real size). */
  significant: Estimate;
  mean: number;
  sd: number;
}

/** The observed difference in responder rates when the treatment does nothing: both arms share one rate. */
export const nullDifference: Experiment<NullDifferenceParams, NullDifferenceResult> = {
  check(p) {
    const c = new ParamChecker();
    c.simulation(p);
    c.number('rate', p.rate, 0, 1);
    c.number('nControl', p.nControl, 4, 2000, true);
    c.number('nTreatment', p.nTreatment, 4, 2000, true);
    c.number('observed', p.observed, -1, 1);
    c.number('bins.count', p.bins?.count, 2, 400, true);
    c.number('bins.width', p.bins?.width, 1e-6, 1);
    c.oneOf('test', p.test, ['chi-square', 'fisher'] as const);
    c.number('alpha', p.alpha, 0.001, 0.2);
    return c.errors;
  },
  plan: (p) => ({ points: 1, sims: p.sims }),
  runner(p) {
    const s = binaryScenario({ ...p, control: p.rate, treatment: p.rate });
    const n = [p.nControl, p.nTreatment];
    const ws = new Workspace(n, false, false);
    ws.m[0] = n[0];
    ws.m[1] = n[1];
    const generator = buildGenerator(s, n);
    const test = buildTest(s, n);
    const limit = Math.abs(p.observed) - 1e-12;
    return ({ point, chunk }) => {
      const stream = streamFor(p.seed, 'null-difference', chunk);
      const trials = chunkTrials(p.sims, chunk);
      const k = p.bins.count;
      const counts = new Array<number>(2 * k + 2).fill(0);
      let sum = 0;
      let sumSq = 0;
      for (let t = 0; t < trials; t++) {
        generator.generate(stream, ws);
        const d = ws.successes[1] / n[1] - ws.successes[0] / n[0];
        const b = binIndex(p.bins, d);
        counts[b]++;
        if (Math.abs(d) >= limit) {
          counts[k + b]++;
          counts[2 * k]++;
        }
        ws.stat[1] = test.statistic(ws, 1);
        if (test.rejects(ws, 1)) counts[2 * k + 1]++;
        sum += d;
        sumSq += d * d;
      }
      return { point, chunk, trials, counts, sums: [sum, sumSq] };
    };
  },
  summarize(p, [m]) {
    const k = p.bins.count;
    const mean = m.trials > 0 ? m.sums[0] / m.trials : NaN;
    const sd = m.trials > 1 ? Math.sqrt((m.sums[1] - m.trials * mean * mean) / (m.trials - 1)) : NaN;
    return {
      counts: Array.from({ length: k }, (_, i) => m.counts[i] ?? 0),
      extremeCounts: Array.from({ length: k }, (_, i) => m.counts[k + i] ?? 0),
      trials: m.trials,
      asExtreme: proportion(m.counts[2 * k] ?? 0, m.trials),
      significant: proportion(m.counts[2 * k + 1] ?? 0, m.trials),
      mean,
      sd,
    };
  },
};

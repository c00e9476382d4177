import { streamFor } from '../random/index.ts';
import { validateScenario } from '../scenario/validate.ts';
import { buildGenerator, buildTest } from '../sim/build.ts';
import { Workspace } from '../workspace.ts';
import { binIndex, type Bins } from './bins.ts';
import { ParamChecker } from './checkParams.ts';
import { differenceSe } from './differenceSe.ts';
import { chunkTrials } from './plan.ts';
import { proportion, type Estimate } from './proportionSummary.ts';
import { retrodesign, type Retrodesign } from './retrodesign.ts';
import type { Experiment, SimParams } from './types.ts';

export interface WinnersCurseParams extends SimParams {
  nPerArm: number;
  sdControl: number;
  sdTreatment: number;
  /** True treatment − control difference (> 0). */
  trueDifference: number;
  alpha: number;
  bins: Bins;
}

export interface WinnersCurseResult {
  /** Trials per bin of the estimated difference: all, and those with p < alpha. */
  all: number[];
  significant: number[];
  power: Estimate;
  /** Mean |estimate| among significant trials ÷ true difference. */
  exaggeration: number;
  /** Share of significant trials whose estimate has the wrong sign. */
  typeS: Estimate;
  meanEstimate: number;
  /** Normal-theory closed form at the same standard error (Gelman & Carlin 2014). */
  closedForm: Retrodesign;
  se: number;
}

/**
 * Among trials that reach p < alpha, how large is the estimate? Welch's test on normal data through
 * the engine (the summary shortcut: each arm's mean and variance drawn directly, then the Welch kernel).
 */
export const winnersCurse: Experiment<WinnersCurseParams, WinnersCurseResult> = {
  check(p) {
    const c = new ParamChecker();
    c.simulation(p);
    c.number('nPerArm', p.nPerArm, 3, 100_000, true);
    c.number('sdControl', p.sdControl, 0.01, 1000);
    c.number('sdTreatment', p.sdTreatment, 0.01, 1000);
    c.number('trueDifference', p.trueDifference, 0.01, 1000);
    c.number('alpha', p.alpha, 0.001, 0.2);
    c.number('bins.count', p.bins?.count, 2, 400, true);
    c.number('bins.width', p.bins?.width, 1e-9, 1000);
    return c.errors;
  },
  plan: (p) => ({ points: 1, sims: p.sims }),
  runner(p) {
    const v = validateScenario({
      endpoint: { type: 'continuous' },
      arms: [
        { label: 'Saline', mean: 0, sd: p.sdControl },
        { label: 'MSC-NP', mean: p.trueDifference, sd: p.sdTreatment },
      ],
      analysis: { test: 'welch', alpha: p.alpha, sides: 2 },
      design: { nPerArm: [p.nPerArm] },
      simulation: { sims: p.sims, seed: p.seed },
    });
    if (!v.ok) throw new Error(`winnersCurse: ${v.errors.map((e) => e.message).join('; ')}`);
    const n = [p.nPerArm, p.nPerArm];
    const ws = new Workspace(n, false, false);
    ws.m.set(n);
    const generator = buildGenerator(v.scenario, n);
    const test = buildTest(v.scenario, n);
    const k = p.bins.count;
    return ({ point, chunk }) => {
      const stream = streamFor(p.seed, 'winners-curse', chunk);
      const trials = chunkTrials(p.sims, chunk);
      const counts = new Array<number>(2 * k + 2).fill(0);
      let sumAbsSig = 0;
      let sum = 0;
      for (let t = 0; t < trials; t++) {
        generator.generate(stream, ws);
        const est = ws.mean[1] - ws.mean[0];
        const b = binIndex(p.bins, est);
        counts[b]++;
        sum += est;
        ws.stat[1] = test.statistic(ws, 1);
        if (!test.rejects(ws, 1)) continue;
        counts[k + b]++;
        counts[2 * k]++;
        if (est < 0) counts[2 * k + 1]++;
        sumAbsSig += Math.abs(est);
      }
      return { point, chunk, trials, counts, sums: [sumAbsSig, sum] };
    };
  },
  summarize(p, [m]) {
    const k = p.bins.count;
    const sig = m.counts[2 * k] ?? 0;
    const se = differenceSe(p.sdControl, p.sdTreatment, p.nPerArm);
    return {
      all: Array.from({ length: k }, (_, i) => m.counts[i] ?? 0),
      significant: Array.from({ length: k }, (_, i) => m.counts[k + i] ?? 0),
      power: proportion(sig, m.trials),
      exaggeration: sig > 0 ? (m.sums[0] ?? 0) / sig / p.trueDifference : NaN,
      typeS: proportion(m.counts[2 * k + 1] ?? 0, sig),
      meanEstimate: m.trials > 0 ? (m.sums[1] ?? 0) / m.trials : NaN,
      closedForm: retrodesign(p.trueDifference, se, p.alpha),
      se,
    };
  },
};

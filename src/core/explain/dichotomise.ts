import { logChangeFor } from '../endpoints/timedWalk.ts';
import { streamFor } from '../random/index.ts';
import { summarizeArm } from '../sim/generators/summarize.ts';
import { Workspace } from '../workspace.ts';
import { ChiSquareTest } from '../hypothesis/chiSquare.ts';
import { FisherTest } from '../hypothesis/fisher.ts';
import { MannWhitneyTest } from '../hypothesis/mannWhitney.ts';
import { WelchTest } from '../hypothesis/welch.ts';
import { ParamChecker } from './checkParams.ts';
import { chunkTrials } from './plan.ts';
import { proportion, type Estimate } from './proportionSummary.ts';
import type { Experiment, SimParams } from './types.ts';

/** Mean and sd of the true T25FW % improvement (positive = faster) in one arm. */
export interface ArmChange {
  mean: number;
  sd: number;
}

export interface DichotomiseParams extends SimParams {
  nPerArm: number;
  control: ArmChange;
  treatment: ArmChange;
  /** Visit-to-visit noise: sd of the log time ratio × 100 (≈ the % variation with no true change). */
  noisePct: number;
  /** Responder thresholds, % improvement. */
  thresholds: number[];
  responderTest: 'chi-square' | 'fisher';
  alpha: number;
}

export interface ResponderPoint {
  threshold: number;
  power: Estimate;
  /** Observed responder rates per arm. */
  controlRate: number;
  treatedRate: number;
  /** Share of all responders whose true change is below the threshold: responders by noise. */
  noiseShare: number;
}

export interface DichotomiseResult {
  welch: Estimate;
  mannWhitney: Estimate;
  responder: ResponderPoint[];
}

const FIXED = 2; // counts[0] Welch rejections, counts[1] Mann–Whitney rejections
const PER_THRESHOLD = 5; // rejections, responders C, responders T, noise responders C, noise responders T

/**
 * The same simulated patients analysed three ways. Each patient's true log time ratio D ~ N(μ, σ²)
 * (moment-matched to the arm's % improvement, as the engine's timed-walk model), measured with noise
 * D + N(0, noise²); the observed % improvement 100·(1 − e^D) is tested by Welch, by Mann–Whitney, and
 * as a responder (≥ threshold) by chi-square or Fisher, with the engine's test kernels.
 */
export const dichotomise: Experiment<DichotomiseParams, DichotomiseResult> = {
  check(p) {
    const c = new ParamChecker();
    c.simulation(p, 200_000);
    c.number('nPerArm', p.nPerArm, 4, 500, true);
    for (const arm of ['control', 'treatment'] as const) {
      c.number(`${arm}.mean`, p[arm]?.mean, -500, 99);
      c.number(`${arm}.sd`, p[arm]?.sd, 0.1, 500);
    }
    c.number('noisePct', p.noisePct, 0, 100);
    c.list('thresholds', p.thresholds, 0, 99, 41);
    c.oneOf('responderTest', p.responderTest, ['chi-square', 'fisher'] as const);
    c.number('alpha', p.alpha, 0.001, 0.2);
    return c.errors;
  },
  plan: (p) => ({ points: 1, sims: p.sims }),
  runner(p) {
    const n = [p.nPerArm, p.nPerArm];
    const ws = new Workspace(n, true, false);
    ws.m.set(n);
    const o = { level: p.alpha, sides: 2 as const, sign: 1 as const };
    const welch = new WelchTest(o, p.nPerArm, 2);
    const mw = new MannWhitneyTest(o, 2);
    const resp = p.responderTest === 'fisher' ? new FisherTest(o) : new ChiSquareTest(o);
    const arms = [logChangeFor('time', p.control.mean, p.control.sd), logChangeFor('time', p.treatment.mean, p.treatment.sd)];
    const thr = Float64Array.from(p.thresholds);
    const k = thr.length;
    const responders = [new Int32Array(k), new Int32Array(k)];
    const noisy = [new Int32Array(k), new Int32Array(k)];
    const noise = p.noisePct / 100;
    return ({ point, chunk }) => {
      const stream = streamFor(p.seed, 'dichotomise', chunk);
      const trials = chunkTrials(p.sims, chunk);
      const counts = new Array<number>(FIXED + PER_THRESHOLD * k).fill(0);
      for (let t = 0; t < trials; t++) {
        for (let j = 0; j < 2; j++) {
          const { muD, sdD } = arms[j];
          const x = ws.data[j];
          const r = responders[j];
          const q = noisy[j];
          r.fill(0);
          q.fill(0);
          for (let i = 0; i < n[j]; i++) {
            const d = muD + sdD * stream.normal();
            const trueGain = -100 * Math.expm1(d);
            const seen = -100 * Math.expm1(d + noise * stream.normal());
            x[i] = seen;
            for (let h = 0; h < k; h++) {
              if (seen >= thr[h]) {
                r[h]++;
                if (trueGain < thr[h]) q[h]++;
              }
            }
          }
          summarizeArm(ws, j);
        }
        ws.stat[1] = welch.statistic(ws, 1);
        if (welch.rejects(ws, 1)) counts[0]++;
        for (let h = 0; h < k; h++) {
          ws.successes[0] = responders[0][h];
          ws.successes[1] = responders[1][h];
          ws.stat[1] = resp.statistic(ws, 1);
          const b = FIXED + PER_THRESHOLD * h;
          if (resp.rejects(ws, 1)) counts[b]++;
          counts[b + 1] += responders[0][h];
          counts[b + 2] += responders[1][h];
          counts[b + 3] += noisy[0][h];
          counts[b + 4] += noisy[1][h];
        }
        mw.prepare(ws); // sorts the data in place: after the tests that use the raw values
        ws.stat[1] = mw.statistic(ws, 1);
        if (mw.rejects(ws, 1)) counts[1]++;
      }
      return { point, chunk, trials, counts, sums: [] };
    };
  },
  summarize(p, [m]) {
    const c = (i: number) => m.counts[i] ?? 0;
    const patients = m.trials * p.nPerArm;
    return {
      welch: proportion(c(0), m.trials),
      mannWhitney: proportion(c(1), m.trials),
      responder: p.thresholds.map((threshold, h) => {
        const b = FIXED + PER_THRESHOLD * h;
        const all = c(b + 1) + c(b + 2);
        return {
          threshold,
          power: proportion(c(b), m.trials),
          controlRate: patients > 0 ? c(b + 1) / patients : NaN,
          treatedRate: patients > 0 ? c(b + 2) / patients : NaN,
          noiseShare: all > 0 ? (c(b + 3) + c(b + 4)) / all : NaN,
        };
      }),
    };
  },
};

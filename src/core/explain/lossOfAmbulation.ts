import { logChangeFor } from '../endpoints/timedWalk.ts';
import { streamFor } from '../random/index.ts';
import { ParamChecker } from './checkParams.ts';
import { LossTrial, STRATEGIES, type Strategy } from './lossTrial.ts';
import { chunkTrials } from './plan.ts';
import { proportion, type Estimate } from './proportionSummary.ts';
import type { Experiment, SimParams } from './types.ts';

/** One arm: the mean and sd of its % improvement (positive = better) and its dropout. */
export interface LossArm {
  mean: number;
  sd: number;
  dropout: number;
}

/** One point of the grid: each arm's loss-of-ambulation rate and time cap in seconds (null: none). */
export interface LossGridPoint {
  loss: number[];
  cap: (number | null)[];
}

/**
 * One simulated patient of this experiment in estimateWork's draw-equivalents (one patient on the planner's full-data
 * path): baseline and change, correlated, then four analyses of every trial. Measured on one thread here: ~150 ns a
 * patient against ~17 ns a draw-equivalent of the T25FW planner scenario.
 */
export const LOSS_WORK_PER_PATIENT = 9;

export interface LossParams extends SimParams {
  /** Planned patients per arm before dropout: control, treatment. */
  n: number[];
  measure: 'time' | 'distance';
  control: LossArm;
  treatment: LossArm;
  baseline: { logMean: number; logSd: number; rho: number };
  points: LossGridPoint[];
  /** Responder threshold, % improvement, for the non-responder analysis. */
  threshold: number;
  excludeTest: 'welch' | 'mann-whitney';
  responderTest: 'chi-square' | 'fisher';
  alpha: number;
  sides: 1 | 2;
}

/** A strategy's chance of a significant result, and of one saying the treatment is better or worse. */
export interface StrategyPower {
  power: Estimate;
  better: Estimate;
  worse: Estimate;
}

export interface LossPointResult extends LossGridPoint {
  strategies: Record<Strategy, StrategyPower>;
  /** Per arm: share of completers unable to walk, and the walkers' mean % improvement. */
  unable: number[];
  walkerMean: number[];
}

const K = STRATEGIES.length;
// counts: [2k] better and [2k + 1] worse per strategy, then completers and walkers per arm.
const COMPLETERS = 2 * K;

/**
 * Power of every strategy for patients who stop walking (issue 13), on the same simulated patients at
 * every point: the patient and loss streams depend on the chunk only, so moving the loss rate changes
 * who is unable, never the walk. Worst-rank, exclude, non-responder, and the reference with nobody lost.
 */
export const lossOfAmbulation: Experiment<LossParams, LossPointResult[]> = {
  check(p) {
    const c = new ParamChecker();
    c.simulation(p, 100_000);
    if (!Array.isArray(p.n) || p.n.length !== 2) c.errors.push('n must list 2 arm sizes');
    else p.n.forEach((v, i) => c.number(`n[${i}]`, v, 4, 1000, true));
    c.oneOf('measure', p.measure, ['time', 'distance'] as const);
    for (const arm of ['control', 'treatment'] as const) {
      // The follow-up/baseline ratio must stay positive: time gains below 100%, distance losses above −100%.
      c.number(`${arm}.mean`, p[arm]?.mean, p.measure === 'distance' ? -99.9 : -500, p.measure === 'distance' ? 500 : 99.9);
      c.number(`${arm}.sd`, p[arm]?.sd, 0.1, 500);
      c.number(`${arm}.dropout`, p[arm]?.dropout, 0, 0.9);
    }
    c.number('baseline.logMean', p.baseline?.logMean, -10, 10);
    c.number('baseline.logSd', p.baseline?.logSd, 0.001, 5);
    c.number('baseline.rho', p.baseline?.rho, -0.99, 0.99);
    if (!Array.isArray(p.points) || p.points.length < 1 || p.points.length > 41) c.errors.push('points must list 1 to 41 grid points');
    else
      p.points.forEach((q, i) => {
        for (let j = 0; j < 2; j++) {
          c.number(`points[${i}].loss[${j}]`, q.loss?.[j], 0, 0.9);
          const cap = q.cap?.[j];
          if (cap !== null && p.measure !== 'time') c.errors.push(`points[${i}].cap[${j}] needs measure "time" (a time cap), got measure ${JSON.stringify(p.measure)}`);
          else if (cap !== null) c.number(`points[${i}].cap[${j}]`, cap, 0.1, 10_000);
        }
      });
    c.number('threshold', p.threshold, -100, 99);
    c.oneOf('excludeTest', p.excludeTest, ['welch', 'mann-whitney'] as const);
    c.oneOf('responderTest', p.responderTest, ['chi-square', 'fisher'] as const);
    c.number('alpha', p.alpha, 0.001, 0.2);
    c.oneOf('sides', String(p.sides), ['1', '2'] as const);
    return c.errors;
  },
  plan: (p) => ({ points: p.points.length, sims: p.sims }),
  work: (p) => p.points.length * p.sims * p.n.reduce((a, b) => a + b, 0) * LOSS_WORK_PER_PATIENT,
  runner(p) {
    const trial = new LossTrial({
      n: p.n,
      dropout: [p.control.dropout, p.treatment.dropout],
      measure: p.measure,
      arms: [logChangeFor(p.measure, p.control.mean, p.control.sd), logChangeFor(p.measure, p.treatment.mean, p.treatment.sd)],
      baseline: p.baseline,
      withBaseline: p.points.some((q) => q.cap.some((v) => v !== null)),
      threshold: p.threshold,
      excludeTest: p.excludeTest,
      responderTest: p.responderTest,
      alpha: p.alpha,
      sides: p.sides,
    });
    return ({ point, chunk }) => {
      const patients = streamFor(p.seed, 'loss-of-ambulation', chunk);
      const losses = streamFor(p.seed, 'loss-of-ambulation', 'loss', chunk);
      const { loss, cap } = p.points[point];
      const trials = chunkTrials(p.sims, chunk);
      const counts = new Array<number>(COMPLETERS + 4).fill(0);
      const sums = [0, 0];
      const tally = (k: number, stat: number) => counts[2 * k + (stat > 0 ? 0 : 1)]++;
      for (let t = 0; t < trials; t++) {
        trial.draw(patients, losses);
        trial.split(loss, cap);
        trial.analyse(tally);
        for (let j = 0; j < 2; j++) {
          counts[COMPLETERS + j] += trial.completers[j];
          counts[COMPLETERS + 2 + j] += trial.walkers[j];
          sums[j] += trial.walkerSum[j];
        }
      }
      return { point, chunk, trials, counts, sums };
    };
  },
  summarize(p, merged) {
    return merged.map((m, i) => {
      const c = (k: number) => m.counts[k] ?? 0;
      const strategies = Object.fromEntries(
        STRATEGIES.map((s, k) => [s, { power: proportion(c(2 * k) + c(2 * k + 1), m.trials), better: proportion(c(2 * k), m.trials), worse: proportion(c(2 * k + 1), m.trials) }]),
      ) as Record<Strategy, StrategyPower>;
      const arm = [0, 1];
      return {
        ...p.points[i],
        strategies,
        unable: arm.map((j) => (c(COMPLETERS + j) > 0 ? 1 - c(COMPLETERS + 2 + j) / c(COMPLETERS + j) : NaN)),
        walkerMean: arm.map((j) => (c(COMPLETERS + 2 + j) > 0 ? (m.sums[j] ?? 0) / c(COMPLETERS + 2 + j) : NaN)),
      };
    });
  },
};

import { effectPlan } from '../effects/effectPlan.ts';
import type { ResolvedScenario, ResolvedTimedWalk } from '../scenario/types.ts';
import { TRIAL_FACTS } from '../trialFacts.ts';
import { grid } from './grid.ts';
import type { LossParams } from './lossOfAmbulation.ts';

/** The planner's "patients who stop walking" view (issue 13): its grid, inputs and experiment parameters. */

/** Control-arm loss rates on the x axis. */
export const LOSS_RATES = grid(0, 0.4, 0.05);
/** Treatment loss as a multiple of the control's: 0 = the treatment prevents it, 1 = equal, 2 = it doubles it. */
export const LOSS_RATIOS = [0, 0.5, 1, 2] as const;
/** Trials per loss rate at most: a secondary view, so fewer than a main run of the usual size (MCSE ≤ 1.1 points). */
export const LOSS_VIEW_SIMS = 2000;

/** Trials per point of the planner's loss view for `s`: LOSS_VIEW_SIMS, or the main run's own number when smaller. */
export const lossViewSims = (s: ResolvedScenario): number => Math.min(LOSS_VIEW_SIMS, s.simulation.sims);
/** The largest loss a scenario allows (arms[i].lossOfAmbulation). */
export const MAX_LOSS = 0.9;

export interface LossViewInputs {
  /** Treatment-arm loss rate ÷ control-arm loss rate. */
  ratio: number;
  /** Non-responder analysis: responder = % improvement ≥ this. */
  threshold: number;
  /** Control-arm patients (before dropout). */
  n: number;
}

/** The timed walk behind a scenario's endpoint (its source for a responder endpoint), or null. */
export function walkOf(s: ResolvedScenario): ResolvedTimedWalk | null {
  const e = s.endpoint;
  if (e.type === 'timed-walk') return e;
  if (e.type === 'responder' && e.source.type === 'timed-walk') return e.source;
  return null;
}

/** The responder threshold a scenario states (responder endpoint), else the usual ≥ 20%. */
export function defaultThreshold(s: ResolvedScenario): number {
  return s.endpoint.type === 'responder' ? s.endpoint.threshold : TRIAL_FACTS.responderThreshold.value;
}

/** Treatment-arm loss at a control-arm loss `c`, kept inside [0, MAX_LOSS]. */
export const treatedLoss = (c: number, ratio: number): number => Math.min(MAX_LOSS, Math.round(c * ratio * 1e9) / 1e9);

/**
 * The experiment's parameters for the first treatment arm against control of a timed-walk scenario:
 * planned values (after the planning basis), sds, dropouts, measure and baseline from the scenario;
 * exclude uses the scenario's rank test if it has one, else Welch; non-responder its chi-square or Fisher.
 */
export function lossViewParams(s: ResolvedScenario, i: LossViewInputs): LossParams {
  const walk = walkOf(s);
  if (walk === null) throw new Error('the loss-of-ambulation view needs a timed-walk endpoint');
  const values = effectPlan(s).values;
  const arm = (k: number) => ({ mean: values[k], sd: s.arms[k].sd, dropout: s.arms[k].dropout });
  const test = s.analysis.test;
  return {
    seed: s.simulation.seed,
    sims: lossViewSims(s),
    n: [i.n, Math.max(1, Math.round((s.design.allocation ?? 1) * i.n))],
    measure: walk.measure,
    control: arm(0),
    treatment: arm(1),
    baseline: { logMean: walk.baselineLogMean, logSd: walk.baselineLogSd, rho: walk.changeBaselineCorrelation },
    points: LOSS_RATES.map((c) => ({ loss: [c, treatedLoss(c, i.ratio)], cap: [null, null] })),
    threshold: i.threshold,
    excludeTest: test === 'mann-whitney' ? 'mann-whitney' : 'welch',
    responderTest: test === 'fisher' ? 'fisher' : 'chi-square',
    alpha: s.analysis.alpha,
    sides: s.analysis.sides,
  };
}

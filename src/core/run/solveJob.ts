import type { ResolvedScenario } from '../scenario/types.ts';
import { estimateWork } from '../scenario/workEstimate.ts';
import type { EffectSolution } from '../solve/solveEffect.ts';
import type { SolveNResult } from '../solve/solveN.ts';
import type { Job } from './job.ts';

export interface SolveParams {
  scenario: ResolvedScenario;
  /** The target power, in (0, 1). */
  target: number;
  /** Also search the n for the target (the app asks when the grid falls short of it). */
  wantN: boolean;
}

/** The app's searches: the n for the target (when asked) and the smallest detectable effect at the first n. */
export interface SolveAnswer {
  n: SolveNResult | null;
  effect: EffectSolution | null;
}

export type SolveSearch = 'n' | 'effect';
export type SolveChunk = { search: 'n'; n: SolveNResult } | { search: 'effect'; effect: EffectSolution | null };

/**
 * Simulations of the scenario at its first n that the smallest-effect search runs: the bisection to 0.1% takes ~11,
 * bracketing the closed form's multiple a few more.
 */
export const EFFECT_SEARCH_RUNS = 20;

/**
 * A search's work for the worker count (workerCount.ts): the smallest-effect search simulates the scenario at one n
 * about EFFECT_SEARCH_RUNS times. The n search's cost is not known before it runs (it may go far past the grid), so
 * a run with it counts as large: its two searches then run side by side.
 */
export function solveWork(p: SolveParams): number {
  if (p.wantN) return Infinity;
  const s = p.scenario;
  return EFFECT_SEARCH_RUNS * estimateWork({ ...s, design: { ...s.design, nPerArm: [s.design.nPerArm[0]] } });
}

/**
 * The searches of src/core/solve as a job: one task per search, so they run in workers (never on the page's
 * thread) and side by side when two are free. Each search draws from streams of its own, so its answer does
 * not depend on the worker. Progress counts searches.
 */
export const solveJob: Job<SolveParams, SolveSearch, SolveChunk, SolveAnswer> = {
  name: 'solve',
  work: solveWork,
  // A search is one task of many simulated n; on a slow machine it can take minutes, and it sends no
  // progress until it ends. It still has a limit, so a hung worker does not leave the page waiting forever.
  taskLimitMs: 10 * 60_000,
  check: (p) => (p.target > 0 && p.target < 1 ? [] : [`target power must be in (0, 1), got ${p.target}`]),
  tasks: (p) => (p.wantN ? ['n', 'effect'] : ['effect']),
  total: (p) => (p.wantN ? 2 : 1),
  merger() {
    const answer: SolveAnswer = { n: null, effect: null };
    let done = 0;
    return {
      add(c) {
        if (c.search === 'n') answer.n = c.n;
        else answer.effect = c.effect;
        done += 1;
      },
      get trialsDone() {
        return done;
      },
      result: () => ({ ...answer }),
    };
  },
};

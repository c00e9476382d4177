import { monteCarloSe, wilsonInterval } from '../results/wilson.ts';

/** A simulated proportion with its Monte Carlo error and Wilson 95% interval. */
export interface Estimate {
  value: number;
  mcse: number;
  lo: number;
  hi: number;
  trials: number;
}

/**
 * `count` of `trials` as an estimate (NaN with no trials yet).
 * @example proportion(800, 1000).mcse // → 0.01265
 */
export function proportion(count: number, trials: number): Estimate {
  const value = trials > 0 ? count / trials : NaN;
  const [lo, hi] = trials > 0 ? wilsonInterval(count, trials) : [NaN, NaN];
  return { value, mcse: monteCarloSe(value, trials), lo, hi, trials };
}

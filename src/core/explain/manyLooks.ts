import { streamFor } from '../random/index.ts';
import { NormalDecision } from '../hypothesis/normalCritical.ts';
import { ParamChecker } from './checkParams.ts';
import { anyOfIndependent } from './independence.ts';
import { chunkTrials } from './plan.ts';
import { proportion, type Estimate } from './proportionSummary.ts';
import type { Experiment, SimParams } from './types.ts';

export interface ManyLooksParams extends SimParams {
  /** Largest number of comparisons simulated; results for every K = 1…kMax. */
  kMax: number;
  /** Correlation between the comparisons' statistics, in [0, 0.99]. */
  rho: number;
  alpha: number;
}

export interface LooksPoint {
  k: number;
  /** Chance that at least one of K null comparisons has p < alpha (simulated). */
  anySignificant: Estimate;
  /** The same for independent comparisons, 1 − (1 − alpha)^K. */
  independent: number;
}

/**
 * K comparisons when nothing works: equicorrelated standard-normal statistics Zₖ = √ρ·C + √(1 − ρ)·Eₖ,
 * each tested two-sided at alpha by the engine's normal decision rule. One pass gives every K ≤ kMax:
 * trial t counts towards K when one of its first K comparisons was significant.
 */
export const manyLooks: Experiment<ManyLooksParams, { points: LooksPoint[] }> = {
  check(p) {
    const c = new ParamChecker();
    c.simulation(p);
    c.number('kMax', p.kMax, 1, 200, true);
    c.number('rho', p.rho, 0, 0.99);
    c.number('alpha', p.alpha, 0.001, 0.2);
    return c.errors;
  },
  plan: (p) => ({ points: 1, sims: p.sims }),
  runner(p) {
    const decision = new NormalDecision({ level: p.alpha, sides: 2, sign: 1 });
    const shared = Math.sqrt(p.rho);
    const own = Math.sqrt(1 - p.rho);
    return ({ point, chunk }) => {
      const stream = streamFor(p.seed, 'many-looks', chunk);
      const trials = chunkTrials(p.sims, chunk);
      const counts = new Array<number>(p.kMax).fill(0);
      for (let t = 0; t < trials; t++) {
        const c = shared > 0 ? shared * stream.normal() : 0;
        let first = p.kMax;
        for (let k = 0; k < p.kMax; k++) {
          if (decision.rejects(c + own * stream.normal())) {
            first = k;
            break;
          }
        }
        // Significant from look `first` onwards: count it for every K > first (prefix sums below).
        if (first < p.kMax) counts[first]++;
      }
      for (let k = 1; k < p.kMax; k++) counts[k] += counts[k - 1];
      return { point, chunk, trials, counts, sums: [] };
    };
  },
  summarize(p, [m]) {
    return {
      points: Array.from({ length: p.kMax }, (_, i) => ({
        k: i + 1,
        anySignificant: proportion(m.counts[i] ?? 0, m.trials),
        independent: anyOfIndependent(p.alpha, i + 1),
      })),
    };
  },
};

import { binaryScenario } from './binaryScenario.ts';
import { ParamChecker } from './checkParams.ts';
import { EnginePoints } from './enginePoints.ts';
import { checkBinaryDesign, designAt, exactPower, type PowerByDifferenceParams } from './powerByDifference.ts';
import { proportion, type Estimate } from './proportionSummary.ts';
import type { Experiment } from './types.ts';

export interface DilutionParams extends Omit<PowerByDifferenceParams, 'differences'> {
  /** Extra response rate (proportion) in the patients who can benefit. */
  benefit: number;
  /** Shares of patients who can benefit (the grid). */
  shares: number[];
}

export interface DilutionPoint {
  share: number;
  /** The difference a whole-trial comparison sees: share × benefit. */
  difference: number;
  power: Estimate;
  exact: number;
}

/**
 * Power when the benefit is confined to a share s of patients. A patient belongs to the responsive
 * group with probability s, so a treated patient responds with probability control + s·benefit: the
 * whole-trial comparison is exactly a binary one with that rate (a mixture of Bernoullis is Bernoulli).
 */
export const dilution: Experiment<DilutionParams, { points: DilutionPoint[] }> = {
  check(p) {
    const c = new ParamChecker();
    checkBinaryDesign(c, p);
    c.list('shares', p.shares, 0, 1, 100);
    if (c.number('benefit', p.benefit, 0, 1) && p.control + p.benefit > 1)
      c.errors.push(`benefit must keep the treated rate ≤ 1: control ${p.control} + benefit ${p.benefit} > 1`);
    return c.errors;
  },
  plan: (p) => ({ points: p.shares.length, sims: p.sims }),
  runner(p) {
    const engine = new EnginePoints(
      (i) => binaryScenario(designAt(p, p.shares[i] * p.benefit, `dilution-${p.shares[i]}`)),
      (i) => exactPower(p, p.shares[i] * p.benefit),
    );
    return (task) => engine.run(task);
  },
  summarize(p, merged) {
    return {
      points: merged.map((m, i) => {
        const difference = p.shares[i] * p.benefit;
        // exact power arrives with the point's first chunk, computed in the worker (EnginePoints)
        return { share: p.shares[i], difference, power: proportion(m.counts[0] ?? 0, m.trials), exact: m.sums[0] ?? NaN };
      }),
    };
  },
};

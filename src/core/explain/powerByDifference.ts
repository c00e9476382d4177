import { exactBinaryPower } from '../power/proportionPower.ts';
import { binaryScenario } from './binaryScenario.ts';
import { ParamChecker } from './checkParams.ts';
import { EnginePoints } from './enginePoints.ts';
import { proportion, type Estimate } from './proportionSummary.ts';
import type { Experiment, SimParams } from './types.ts';

export interface PowerByDifferenceParams extends SimParams {
  /** True control response rate. */
  control: number;
  /** True treatment − control differences (the grid), as proportions. */
  differences: number[];
  nControl: number;
  nTreatment: number;
  test: 'chi-square' | 'fisher';
  alpha: number;
}

export interface PowerPoint {
  difference: number;
  power: Estimate;
  /** Exact power by enumerating every pair of responder counts. */
  exact: number;
}

export interface PowerByDifferenceResult {
  points: PowerPoint[];
}

/** Checks the design shared by the binary power experiments. */
export function checkBinaryDesign(c: ParamChecker, p: Omit<PowerByDifferenceParams, 'differences'>): void {
  c.simulation(p, 200_000);
  c.number('control', p.control, 0, 1);
  c.number('nControl', p.nControl, 4, 2000, true);
  c.number('nTreatment', p.nTreatment, 4, 2000, true);
  c.oneOf('test', p.test, ['chi-square', 'fisher'] as const);
  c.number('alpha', p.alpha, 0.001, 0.2);
}

/** Power of the primary comparison at each true response-rate difference, point by point through the engine. */
export const powerByDifference: Experiment<PowerByDifferenceParams, PowerByDifferenceResult> = {
  check(p) {
    const c = new ParamChecker();
    checkBinaryDesign(c, p);
    if (c.list('differences', p.differences, -1, 1, 100) && Number.isFinite(p.control)) {
      p.differences.forEach((d, i) => {
        if (p.control + d < 0 || p.control + d > 1) c.errors.push(`differences[${i}] gives a treatment rate outside [0, 1]: ${p.control} + ${d}`);
      });
    }
    return c.errors;
  },
  plan: (p) => ({ points: p.differences.length, sims: p.sims }),
  runner(p) {
    const engine = new EnginePoints(
      (i) => binaryScenario(designAt(p, p.differences[i], 'power-by-difference')),
      (i) => exactPower(p, p.differences[i]),
    );
    return (task) => engine.run(task);
  },
  summarize(p, merged) {
    return {
      points: merged.map((m, i) => ({
        difference: p.differences[i],
        power: proportion(m.counts[0] ?? 0, m.trials),
        // computed in the worker with the point's first chunk (EnginePoints), never on the page's thread
        exact: m.sums[0] ?? NaN,
      })),
    };
  },
};

/** The engine design at one true difference; its seed names the experiment and the difference. */
export function designAt(p: Omit<PowerByDifferenceParams, 'differences'>, difference: number, key: string) {
  const treatment = Math.min(1, Math.max(0, p.control + difference));
  return { ...p, treatment, seed: JSON.stringify([p.seed, key, difference]) };
}

export function exactPower(p: Omit<PowerByDifferenceParams, 'differences'>, difference: number): number {
  const p2 = Math.min(1, Math.max(0, p.control + difference));
  return exactBinaryPower({ p1: p.control, p2, n1: p.nControl, n2: p.nTreatment, alpha: p.alpha, sides: 2, test: p.test });
}

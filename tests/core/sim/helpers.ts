import { validateScenario } from '../../../src/core/scenario/validate.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';

/** A validated scenario from a partial description (throws on invalid: a test-writing error). */
export function scenario(overrides: Record<string, unknown>): ResolvedScenario {
  const base = {
    endpoint: { type: 'continuous' },
    arms: [
      { label: 'Control', mean: 0, sd: 1 },
      { label: 'Treatment', mean: 0, sd: 1 },
    ],
    analysis: { test: 'welch', alpha: 0.05, sides: 2 },
    design: { nPerArm: [20] },
    simulation: { sims: 4000, seed: 'test' },
  };
  const v = validateScenario({ ...base, ...overrides });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

/** Half-width allowed between a simulated proportion and its exact value: 4 Monte Carlo SEs. */
export function tol(p: number, sims: number): number {
  return 4 * Math.sqrt((p * (1 - p)) / sims);
}

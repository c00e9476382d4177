import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

const scenario = (trendTest: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  endpoint: { type: 'continuous' },
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.5 } },
  arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
  analysis: { test: 'student', alpha: 0.05, sides: 1 },
  design: { nPerArm: [20] },
  simulation: { sims: 1000, seed: 's' },
  trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'quadratic', delta: -0.033 }], ...trendTest },
  ...extra,
});
const messages = (raw: unknown) => {
  const v = validateScenario(raw);
  return v.ok ? [] : v.errors.map((e) => e.message);
};

describe('trendTest.shapePrior validation', () => {
  it('accepts weights that sum to 1 within 1e-9, including zeros, and keeps them', () => {
    const v = validateScenario(scenario({ shapePrior: [0.1 + 0.2, 0.7, 0] }));
    expect(v.ok && v.scenario.trendTest.shapePrior).toEqual([0.1 + 0.2, 0.7, 0]);
    expect(messages(scenario({ shapePrior: [0.5, 0.5 - 5e-10, 0] }))).toEqual([]);
  });

  it('refuses a wrong length, a weight outside [0, 1], a sum off 1, and missing candidates, naming the field', () => {
    expect(messages(scenario({ shapePrior: [0.5, 0.5] }))).toEqual([
      'trendTest.shapePrior must be a list of 3 weights, one per trendTest.candidates entry, got 2 weights',
    ]);
    expect(messages(scenario({ shapePrior: [1.5, -0.5, 0] }))).toEqual([
      'trendTest.shapePrior[0] must be in [0, 1], got 1.5',
      'trendTest.shapePrior[1] must be in [0, 1], got -0.5',
    ]);
    expect(messages(scenario({ shapePrior: [0.5, 0.5, 1e-8] }))[0]).toMatch(/^trendTest\.shapePrior must sum to 1 .*got a sum of 1\.00000001$/);
    expect(messages(scenario({ shapePrior: ['a', 0.5, 0.5] }))[0]).toBe('trendTest.shapePrior[0] must be a number in [0, 1], got "a"');
    const noCandidates = scenario({ shapePrior: [1] });
    delete (noCandidates.trendTest as Record<string, unknown>).candidates;
    expect(messages(noCandidates)).toEqual(['trendTest.shapePrior needs trendTest.candidates written out: its weights go with them, in their order']);
  });

  it('refuses a weighted shape with no effect at the top dose, and a shape prior without a trend test', () => {
    const flat = scenario({ candidates: [{ model: 'emax', ed50: 5 }, { model: 'quadratic', delta: -0.05 }], shapePrior: [0.5, 0.5] });
    expect(messages(flat)).toEqual([
      'trendTest.shapePrior[1]: the umbrella (δ −0.05) shape has no effect at the top dose (20), where every shape is anchored; give it weight 0 or change its parameters',
    ]);
    expect(messages(scenario({ candidates: [{ model: 'emax', ed50: 5 }, { model: 'quadratic', delta: -0.05 }], shapePrior: [1, 0] }))).toEqual([]);
    expect(messages(scenario({ shapePrior: [1, 0, 0], enabled: false }))[0]).toMatch(/^trendTest\.shapePrior needs the trend test to run/);
    const binary = scenario({ shapePrior: [1, 0, 0] }, { endpoint: { type: 'binary' }, arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })), analysis: { test: 'chi-square', alpha: 0.05, sides: 1 } });
    binary.doseResponse = { ...binary.doseResponse, reference: { dose: 10, effect: 0.2 } };
    expect(messages(binary)).toEqual([
      'trendTest.shapePrior is not available for binary and responder endpoints yet (their trend test is on log-odds); remove it or use a continuous or timed-walk endpoint',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { Checker } from '../../../src/core/scenario/checks.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { checkShapePrior } from '../../../src/core/scenario/validateShapePrior.ts';

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
  });
});

// Binary: rates along each shape on the probability scale, anchored at the planned top-dose rate difference (0.2 + 0.5·f(20)/f(10) = 0.2 + 0.6).
const binary = (trendTest: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const b = scenario(trendTest, {
    endpoint: { type: 'binary' },
    arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })),
    analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
    ...extra,
  });
  b.doseResponse = { ...b.doseResponse, reference: { dose: 10, effect: 0.2 } };
  return b;
};

describe('trendTest.shapePrior on a binary endpoint', () => {
  it('is accepted, with a responder endpoint too', () => {
    expect(messages(binary({ shapePrior: [0.5, 0.3, 0.2] }))).toEqual([]);
    const responder = scenario({ shapePrior: [0.5, 0.5, 0] }, { endpoint: { type: 'responder', source: { type: 'continuous' }, threshold: 0.5 }, analysis: { test: 'chi-square', alpha: 0.05, sides: 1 } });
    expect(messages(responder)).toEqual([]);
  });

  it('refuses a weighted shape whose rate at the planned anchor leaves (0, 1), naming the shape, the arm, the dose and the rate', () => {
    // Reference effect 0.6 at dose 10 → T = 0.6·(20/25)/(10/15) = 0.72 at dose 20; the umbrella d − 0.045d² is 2 at 20, 3.875 at 5, 5.5 at 10:
    // D5 0.2 + 0.72·1.9375 = 1.595, D10 0.2 + 0.72·2.75 = 2.18.
    const wide = binary({ candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'quadratic', delta: -0.045 }], shapePrior: [0.5, 0.3, 0.2] });
    wide.doseResponse = { ...wide.doseResponse, reference: { dose: 10, effect: 0.6 } };
    expect(messages(wide)).toEqual([
      'trendTest.shapePrior[2]: the umbrella (δ −0.045) shape, anchored at the planned top-dose rate difference (0.72 at dose 20), gives D5 (dose 5) a response rate of 1.59, outside (0, 1); give it weight 0, change its parameters or plan on a smaller effect',
      'trendTest.shapePrior[2]: the umbrella (δ −0.045) shape, anchored at the planned top-dose rate difference (0.72 at dose 20), gives D10 (dose 10) a response rate of 2.18, outside (0, 1); give it weight 0, change its parameters or plan on a smaller effect',
    ]);
    // Weight 0 on it: accepted (only shapes a trial can draw must give rates).
    expect(messages({ ...wide, trendTest: { ...wide.trendTest, shapePrior: [0.5, 0.5, 0] } })).toEqual([]);
  });

  it('accepts trendTest.estimate with a shape prior on a binary endpoint; a responder endpoint refuses estimate itself', () => {
    const withDelta = (raw: ReturnType<typeof binary>) => ({ ...raw, doseResponse: { ...raw.doseResponse, relevantEffect: 0.1 } });
    const v = validateScenario(withDelta(binary({ shapePrior: [1, 0, 0], estimate: { model: 'aic' } })));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(checkShapePrior(new Checker(), v.scenario)).toBe(true);
    const responder = withDelta(
      binary(
        { shapePrior: [1, 0, 0], estimate: { model: 'aic' } },
        {
          endpoint: { type: 'responder', source: { type: 'continuous' }, threshold: 0.5 },
          arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
        },
      ),
    );
    expect(messages(responder)).toEqual([expect.stringMatching(/^trendTest\.estimate is not available for a responder endpoint/)]);
  });
});

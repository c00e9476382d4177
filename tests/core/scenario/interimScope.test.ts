import { describe, expect, it } from 'vitest';
import { estimateWork, validateScenario } from '../../../src/core/scenario/validate.ts';

const base = {
  endpoint: { type: 'continuous' },
  arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 0.5, sd: 1 }],
  analysis: { test: 'welch', alpha: 0.05, sides: 2 },
  design: { nPerArm: [40] },
  simulation: { sims: 1000, seed: 's' },
  interim: { informationRates: [0.5, 1], efficacy: 'pocock' },
};

function messages(over: Record<string, unknown>): string[] {
  const r = validateScenario({ ...base, ...over });
  return r.ok ? [] : r.errors.map((e) => e.message);
}

describe('what an interim design can be combined with, in one clear message each', () => {
  it('accepts every two-arm test, with dropout', () => {
    expect(messages({ design: { nPerArm: [40], dropout: 0.2 } })).toEqual([]);
    expect(messages({ endpoint: { type: 'binary' }, arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.5 }], analysis: { test: 'fisher', alpha: 0.05 } })).toEqual([]);
  });

  it('several treatment arms need Bonferroni', () => {
    const arms = [...base.arms, { label: 'U', mean: 0.4, sd: 1 }];
    expect(messages({ arms, analysis: { test: 'welch', alpha: 0.05, multiplicity: 'holm' } })).toEqual([
      'analysis.multiplicity must be "bonferroni" with interim looks and 2 treatment arms (each arm is tested at alpha / (sides × 2) at every look), got "holm"',
    ]);
    expect(messages({ arms, analysis: { test: 'welch', alpha: 0.05, multiplicity: 'bonferroni' } })).toEqual([]);
  });

  it('refuses a design prior and enrichment (not yet simulated with looks)', () => {
    expect(messages({ effectPrior: { type: 'normal', sd: 0.1 } })).toEqual([
      'interim cannot yet be combined with effectPrior (assurance of a group-sequential design); remove one of them, got "effectPrior"',
    ]);
    expect(messages({ enrichment: { strata: [{ label: 'a', share: 0.5, effect: 1 }, { label: 'b', share: 0.5, effect: 0 }], enrichTo: 'a' } })[0]).toMatch(/^interim cannot yet be combined with enrichment/);
  });

  it('every look needs enough patients at every n of the grid', () => {
    expect(messages({ design: { nPerArm: [4, 40] }, interim: { informationRates: [0.2, 1], efficacy: 'pocock' } })).toEqual([
      'interim.informationRates[0] gives 1 patient in an arm of 4 (round(rate × n)), fewer than the 2 a look needs; raise the rate or design.nPerArm, got 0.2',
    ]);
  });

  it('names a bad field of the block', () => {
    expect(messages({ interim: { informationRates: [0.5, 0.9], efficacy: 'pocock' } })).toEqual([
      'interim.informationRates[1] must be 1: the last look analyses every patient, got 0.9',
    ]);
  });
});

describe('the work estimate counts the looks', () => {
  it('draws every patient and re-analyses each look: about (1 + Σ rates) units per patient more than a t-test summary', () => {
    const fixed = validateScenario({ ...base, interim: undefined });
    const gs = validateScenario(base);
    if (!fixed.ok || !gs.ok) throw new Error('invalid test scenario');
    const extra = estimateWork(gs.scenario) - estimateWork(fixed.scenario);
    expect(extra).toBeCloseTo(1000 * 80 * 2.5, 6);
  });
});

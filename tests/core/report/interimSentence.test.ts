import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { interimDesignSentence, interimOutcomeSentence } from '../../../src/core/report/interimSentence.ts';
import { justification } from '../../../src/core/report/justification.ts';
import { pctFixed } from '../../../src/core/report/numberText.ts';
import { scenario } from '../sim/helpers.ts';

const s = scenario({
  arms: [{ label: 'Control', mean: 0, sd: 1 }, { label: 'Drug', mean: 0.5, sd: 1 }],
  analysis: { test: 'student', alpha: 0.05, sides: 2 },
  design: { nPerArm: [70] },
  simulation: { sims: 1000, seed: 'para' },
  interim: { informationRates: [0.5, 1], efficacy: 'pocock', futility: { z: -0.5, binding: true } },
});

describe('the paragraph states the group-sequential design and its expected n', () => {
  it('names the looks, the spending, the bounds and the futility rule from the resolved design', () => {
    const t = interimDesignSentence(s);
    expect(t).toContain('2 analyses, after 50% and 100% of the patients');
    expect(t).toContain('Pocock-type Lan–DeMets α-spending at one-sided level 0.025');
    expect(t).toContain(`z ≥ ${s.interim!.bounds.criticalZ[0].toFixed(3)}`);
    expect(t).toContain('below −0.5 (binding');
  });

  it('gives the simulated stopping chances per look and the expected control n, and sits in the paragraph', () => {
    const r = simulate(s);
    const row = r.rows[0];
    const t = interimOutcomeSentence(s, row);
    expect(t).toContain(`look 1 (35 per arm): ${pctFixed(row.stopEfficacy![0])} for efficacy, ${pctFixed(row.stopFutility![0])} for futility`);
    expect(t).toContain(`look 2 (70 per arm): ${pctFixed(row.stopEfficacy![1])} for efficacy`);
    expect(t).toContain(`is ${row.expectedNPerArm!.toFixed(1)} of 70`);
    const p = justification({ scenario: s, result: r, engineVersion: 'x', date: '2026-12-05', baseUrl: '' });
    expect(p).toContain(t);
    expect(p).toContain('The design is group-sequential');
  });

  it('says nothing for a fixed design', () => {
    const fixed = scenario({});
    expect(interimDesignSentence(fixed)).toBe('');
    expect(interimOutcomeSentence(fixed, simulate(fixed).rows[0])).toBe('');
  });
});

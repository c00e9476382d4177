import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { scenario, tol } from './helpers.ts';

const SIMS = 20_000;
const null2 = (extra: Record<string, unknown>) => scenario({ simulation: { sims: SIMS, seed: 'null' }, ...extra });

describe('under no effect every test rejects at alpha (within 4 MC standard errors)', () => {
  const continuous = ['student', 'welch', 'mann-whitney', 'ancova'] as const;
  for (const test of continuous) {
    for (const sides of [1, 2] as const) {
      it(`${test}, ${sides}-sided, normal data, unequal sds, 10% dropout`, () => {
        const s = null2({
          endpoint: { type: 'continuous', baselineCorrelation: 0.5 },
          arms: [
            { label: 'C', mean: 1, sd: test === 'student' || test === 'ancova' ? 2 : 1 },
            { label: 'T', mean: 1, sd: 2 },
          ],
          analysis: { test, alpha: 0.05, sides },
          design: { nPerArm: [15], dropout: 0.1 },
        });
        const p = simulate(s).rows[0].power;
        expect(Math.abs(p - 0.05)).toBeLessThan(tol(0.05, SIMS));
      });
    }
  }

  it('Mann–Whitney on skewed timed-walk data with equal distributions', () => {
    const s = null2({
      endpoint: { type: 'timed-walk' },
      arms: [
        { label: 'C', mean: -54.4, sd: 70.5 },
        { label: 'T', mean: -54.4, sd: 70.5 },
      ],
      analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 },
      design: { nPerArm: [12] },
    });
    expect(Math.abs(simulate(s).rows[0].power - 0.05)).toBeLessThan(tol(0.05, SIMS));
  });

  it('chi-square at alpha; Fisher at or below alpha (it is conservative)', () => {
    const base = {
      endpoint: { type: 'binary' },
      arms: [
        { label: 'C', rate: 0.35 },
        { label: 'T', rate: 0.35 },
      ],
      design: { nPerArm: [100] },
    };
    const chi = simulate(null2({ ...base, analysis: { test: 'chi-square', alpha: 0.05, sides: 2 } })).rows[0].power;
    expect(Math.abs(chi - 0.05)).toBeLessThan(tol(0.05, SIMS));
    const fisher = simulate(null2({ ...base, analysis: { test: 'fisher', alpha: 0.05, sides: 2 } })).rows[0].power;
    expect(fisher).toBeLessThan(0.05 + tol(0.05, SIMS));
    expect(fisher).toBeGreaterThan(0.02);
  });

  const fourArms = [
    { label: 'C', mean: 0, sd: 1 },
    { label: 'Low', mean: 0, sd: 1 },
    { label: 'Mid', mean: 0, sd: 1 },
    { label: 'High', mean: 0, sd: 1 },
  ];

  it('Dunnett controls the family-wise error rate at alpha exactly', () => {
    const s = null2({ arms: fourArms, analysis: { test: 'student', alpha: 0.05, sides: 2, multiplicity: 'dunnett' }, design: { nPerArm: [20], dropout: 0.1 } });
    const r = simulate(s);
    expect(Math.abs(r.points[0].anyPower - 0.05)).toBeLessThan(tol(0.05, SIMS));
  });

  it('Bonferroni and Holm keep the family-wise error rate below alpha; none inflates it', () => {
    for (const m of ['bonferroni', 'holm'] as const) {
      const r = simulate(null2({ arms: fourArms, analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: m } }));
      expect(r.points[0].anyPower).toBeLessThan(0.05 + tol(0.05, SIMS));
      expect(r.points[0].anyPower).toBeGreaterThan(0.035);
    }
    const none = simulate(null2({ arms: fourArms, analysis: { test: 'welch', alpha: 0.05, sides: 2 } }));
    expect(none.points[0].anyPower).toBeGreaterThan(0.1);
  });
});

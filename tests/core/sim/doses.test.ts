import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { priorWeights } from '../../../src/core/effects/priorWeights.ts';
import { studentPower } from '../../../src/core/power/index.ts';
import { tol } from './helpers.ts';

const issueExample = {
  endpoint: { type: 'continuous' },
  doseResponse: { model: 'emax', ed50: 10, hill: 1, reference: { dose: 10, effect: 0.5 } },
  arms: [
    { label: 'Placebo', dose: 0, mean: 0, sd: 1 },
    { label: 'Low', dose: 5, sd: 1 },
    { label: 'Mid', dose: 10, sd: 1 },
    { label: 'High', dose: 20, sd: 1 },
  ],
  analysis: { test: 'student', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
  design: { nPerArm: [40] },
  simulation: { sims: 20_000, seed: 'doses' },
};

describe('dose arms', () => {
  it('fills missing means from the scaled Emax model (effect(ref) = ref effect)', () => {
    const v = validateScenario(issueExample);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const means = v.scenario.arms.map((a) => a.mean);
    // Emax ∝ d/(10 + d), scaled so effect(10) = 0.5: 5 → 1/3, 20 → 2/3.
    expect(means[0]).toBe(0);
    expect(means[1]).toBeCloseTo(1 / 3, 12);
    expect(means[2]).toBeCloseTo(0.5, 12);
    expect(means[3]).toBeCloseTo(2 / 3, 12);
    expect(v.scenario.arms[1].provenance?.mean).toBe('derived');
    expect(Array.from(priorWeights(v.scenario))).toEqual([0, 2 / 3, 1, 4 / 3].map((x) => expect.closeTo(x, 12)));
  });

  it('each dose arm keeps its own row; Bonferroni power matches the closed form at alpha/3', () => {
    const v = validateScenario(issueExample);
    if (!v.ok) throw new Error('invalid');
    const rows = simulate(v.scenario).rows;
    expect(rows.map((r) => r.arm)).toEqual(['Low', 'Mid', 'High']);
    for (const r of rows) {
      const diff = v.scenario.arms[r.armIndex].mean!;
      const exact = studentPower({ diff, sd1: 1, sd2: 1, n1: 40, n2: 40, alpha: 0.05 / 3, sides: 2 });
      expect(Math.abs(r.power - exact)).toBeLessThan(tol(exact, 20_000));
      expect(r.analyticPower).toBeCloseTo(exact, 12);
    }
  });

  it('reports doses outside the model clearly', () => {
    const bad = validateScenario({ ...issueExample, arms: [issueExample.arms[0], { label: 'Low', dose: -5, sd: 1 }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].message).toBe('arms[1].dose must be in [0, 1000000], got -5');
    const noRef = validateScenario({ ...issueExample, doseResponse: { model: 'emax', ed50: 10 } });
    expect(noRef.ok).toBe(false);
    const walk = validateScenario({
      ...issueExample,
      endpoint: { type: 'timed-walk' },
      doseResponse: { model: 'linear', reference: { dose: 10, effect: 60 } },
      arms: [
        { label: 'Saline', dose: 0, mean: -54.4, sd: 70.5 },
        { label: 'Huge', dose: 40, sd: 23.1 },
      ],
      analysis: { test: 'welch', alpha: 0.05, sides: 2 },
    });
    expect(walk.ok).toBe(false);
    if (!walk.ok) expect(walk.errors[0].message).toMatch(/^arms\[1\]\.dose gives a mean of 185\.6 from the dose-response model/);
  });

  it('takes a dose as a regimen: cells per injection × injections (a total)', () => {
    const v = validateScenario({
      ...issueExample,
      doseResponse: { model: 'emax', ed50: 30, reference: { dose: 60, effect: 0.5 }, unit: 'million cells in total' },
      arms: [
        { label: 'Placebo', dose: 0, mean: 0, sd: 1 },
        { label: '5 M × 6', cellsPerInjection: 5, injections: 6, sd: 1 },
        { label: '10 M × 6', cellsPerInjection: 10, injections: 6, sd: 1 },
      ],
    });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario.arms.map((a) => a.dose)).toEqual([0, 30, 60]);
    expect(v.scenario.arms[2].mean).toBeCloseTo(0.5, 12);
    expect(v.scenario.arms[1].mean).toBeCloseTo(0.5 * (30 / 60) / (60 / 90), 12);
    const bad = validateScenario({ ...issueExample, arms: [issueExample.arms[0], { label: 'x', cellsPerInjection: 5, sd: 1 }] });
    expect(!bad.ok && bad.errors[0].message).toBe('arms[1].injections must be a whole number in [1, 100], got nothing');
  });
});

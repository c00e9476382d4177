// The app's form on a binary dose study: its trend settings reach the scenario, without the keys binary refuses.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { formToScenario } from '../../../src/form/formToScenario.ts';
import { scenarioToForm } from '../../../src/form/scenarioToForm.ts';
import { readScenario } from '../../../src/share/readScenario.ts';

const binaryDoses = {
  endpoint: { type: 'binary' },
  doseResponse: { model: 'emax', ed50: 1, reference: { dose: 4, effect: 0.25 } },
  arms: [{ label: 'P', dose: 0, rate: 0.2 }, { label: 'L', dose: 1 }, { label: 'H', dose: 4 }],
  analysis: { test: 'chi-square', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
  design: { nPerArm: [40] },
  simulation: { sims: 1000, seed: 'form' },
  trendTest: { alpha: 0.01 },
};

describe('binary dose arms in the form', () => {
  it('leaves a treatment rate the scenario left to the dose model empty (it follows the model), and keeps one given', () => {
    const withGiven = { ...binaryDoses, arms: [...binaryDoses.arms.slice(0, 2), { label: 'H', dose: 4, rate: 0.5 }] };
    const r = readScenario(withGiven);
    if (!r.ok) throw new Error(r.errors.join('; '));
    const form = scenarioToForm(r.input, r.scenario);
    expect(form.arms.map((a) => a.rate)).toEqual(['0.2', '', '0.5']);
    // The model's rate for L is the placeholder, not a value: a new ED50 moves it.
    form.ed50 = '2';
    const v = validateScenario(formToScenario(form));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario.arms[1].rate).toBeCloseTo(0.2 + (0.25 * (1 / 3)) / (4 / 6), 12); // Emax: f(d) = d/(ED50 + d), scaled to 0.25 at dose 4
    expect(v.scenario.arms[2].rate).toBe(0.5);
  });
});

describe('binary trend test in the form', () => {
  it('keeps the level, drops a per-arm variance chosen before the endpoint became binary, and validates', () => {
    const r = readScenario(binaryDoses);
    if (!r.ok) throw new Error(r.errors.join('; '));
    const form = scenarioToForm(r.input, r.scenario);
    form.trend!.variance = 'per-arm';
    const written = formToScenario(form);
    const t = written.trendTest as Record<string, unknown>;
    expect(t.alpha).toBe(0.01);
    expect(t.variance).toBeUndefined();
    const v = validateScenario(written);
    expect(v.ok ? v.scenario.trendTest.alpha : v.errors).toBe(0.01);
  });
});

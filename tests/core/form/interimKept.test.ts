import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { formToScenario } from '../../../src/form/formToScenario.ts';
import { scenarioToForm } from '../../../src/form/scenarioToForm.ts';

describe('the editor keeps an interim design it has no inputs for', () => {
  it('round-trips `interim` through the form unchanged', () => {
    const interim = { informationRates: [0.5, 1], efficacy: 'pocock', futility: { z: 0, binding: false } };
    const raw = {
      endpoint: { type: 'continuous' },
      arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 0.5, sd: 1 }],
      analysis: { test: 'welch', alpha: 0.05 },
      design: { nPerArm: [64] },
      simulation: { sims: 1000, seed: 's' },
      interim,
    };
    const v = validateScenario(raw);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const back = formToScenario(scenarioToForm(v.scenario.written, v.scenario));
    expect(back.interim).toEqual(interim);
    const again = validateScenario(back);
    expect(again.ok && again.scenario.interim?.efficacy).toBe('pocock');
  });
});

import { describe, expect, it } from 'vitest';
import { Checker } from '../../../src/core/scenario/checks.ts';
import { checkInterimLooks, validateInterim } from '../../../src/core/scenario/validateInterim.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

function run(v: unknown) {
  const c = new Checker();
  const out = validateInterim(c, v);
  return { out, messages: c.errors.map((e) => e.message) };
}

describe('validateInterim (the interim block of issue 12)', () => {
  it('accepts a design and fills binding = false', () => {
    const { out, messages } = run({ informationRates: [0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0 } });
    expect(messages).toEqual([]);
    expect(out).toEqual({ informationRates: [0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0, binding: false } });
    expect(run({ informationRates: [0.2, 0.4, 0.6, 0.8, 1], efficacy: 'pocock' }).out).toEqual({ informationRates: [0.2, 0.4, 0.6, 0.8, 1], efficacy: 'pocock' });
    expect(run({ informationRates: [0.3, 1], efficacy: 'none', futility: { z: -0.5, binding: true } }).out?.futility).toEqual({ z: -0.5, binding: true });
  });

  it.each([
    [{ informationRates: [1], efficacy: 'pocock' }, 'interim.informationRates must be a list of 2 to 10 information fractions, the last equal to 1 (e.g. [0.5, 1]), got 1'],
    [{ informationRates: Array.from({ length: 11 }, (_, i) => (i + 1) / 11), efficacy: 'pocock' }, 'interim.informationRates must be a list of 2 to 10 information fractions, the last equal to 1 (e.g. [0.5, 1]), got 11'],
    [{ informationRates: 0.5, efficacy: 'pocock' }, 'interim.informationRates must be a list of 2 to 10 information fractions, the last equal to 1 (e.g. [0.5, 1]), got 0.5'],
    [{ informationRates: [0, 1], efficacy: 'pocock' }, 'interim.informationRates[0] must be in (0, 1], got 0'],
    [{ informationRates: [0.5, 1.2], efficacy: 'pocock' }, 'interim.informationRates[1] must be in (0, 1], got 1.2'],
    [{ informationRates: [0.5, 'x'], efficacy: 'pocock' }, 'interim.informationRates[1] must be a number in (0, 1], got "x"'],
    [{ informationRates: [0.6, 0.4, 1], efficacy: 'pocock' }, 'interim.informationRates[1] must be greater than the look before it (0.6), got 0.4'],
    [{ informationRates: [0.5, 0.5, 1], efficacy: 'pocock' }, 'interim.informationRates[1] must be greater than the look before it (0.5), got 0.5'],
    [{ informationRates: [0.3, 0.8], efficacy: 'pocock' }, 'interim.informationRates[1] must be 1: the last look analyses every patient, got 0.8'],
    [{ informationRates: [0.5, 1], efficacy: 'asOF' }, 'interim.efficacy must be one of "obrien-fleming", "pocock", "none", got "asOF"'],
    [{ informationRates: [0.5, 1] }, 'interim.efficacy must be one of "obrien-fleming", "pocock", "none", got nothing'],
    [{ informationRates: [0.5, 1], efficacy: 'pocock', futility: { z: 6 } }, 'interim.futility.z must be in [-5, 5], got 6'],
    [{ informationRates: [0.5, 1], efficacy: 'pocock', futility: { z: Number.NaN } }, 'interim.futility.z must be a number in [-5, 5], got NaN'],
    [{ informationRates: [0.5, 1], efficacy: 'pocock', futility: { z: 0, binding: 'yes' } }, 'interim.futility.binding must be true or false, got "yes"'],
    [{ informationRates: [0.5, 1], efficacy: 'pocock', futility: 0 }, 'interim.futility must be an object, got 0'],
    [{ informationRates: [0.5, 1], efficacy: 'pocock', futility: { z: 0, bindng: true } }, 'interim.futility.bindng is not a known field (did you mean "binding"?)'],
    [{ informationRates: [0.5, 1], efficacy: 'pocock', informationRate: [0.5, 1] }, 'interim.informationRate is not a known field (did you mean "informationRates"?)'],
    [{ informationRates: [0.5, 1], efficacy: 'none' }, 'interim.efficacy is "none" and there is no interim.futility rule, so no interim look could stop the trial; add a futility rule or use "obrien-fleming" or "pocock", got "none"'],
    ['pocock', 'interim must be an object, got "pocock"'],
  ])('refuses %j with one clear message', (v, message) => {
    const { out, messages } = run(v);
    expect(messages).toContain(message);
    if (!messages.some((m) => m.includes('not a known field'))) expect(out).toBeUndefined();
  });

  it('looks must each analyse at least 2 patients per arm, more than the look before, at every arm size', () => {
    const spec = { informationRates: [0.1, 0.15, 1], efficacy: 'pocock' as const };
    const ok = new Checker();
    expect(checkInterimLooks(ok, spec, [40, 100])).toBe(true);
    const few = new Checker();
    expect(checkInterimLooks(few, spec, [100, 12])).toBe(false);
    expect(few.errors[0].message).toBe('interim.informationRates[0] gives 1 patient in an arm of 12 (round(rate × n)), fewer than the 2 a look needs; raise the rate or design.nPerArm, got 0.1');
    const same = new Checker();
    expect(checkInterimLooks(same, { ...spec, informationRates: [0.2, 0.22, 1] }, [20])).toBe(false);
    expect(same.errors[0].message).toBe('interim.informationRates[1] gives the same 4 patients in an arm of 20 as the look before it; space the looks further apart or raise design.nPerArm, got 0.22');
  });

  it('is a key of the scenario, resolved with its bounds at alpha / sides', () => {
    const r = validateScenario({
      endpoint: { type: 'continuous' },
      arms: [{ mean: 0, sd: 1 }, { mean: 0.5, sd: 1 }],
      analysis: { test: 'student', alpha: 0.05 },
      design: { nPerArm: [64] },
      simulation: { sims: 1000, seed: 1 },
      interim: { informationRates: [0.5, 1], efficacy: 'obrien-fleming' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.written.interim).toEqual({ informationRates: [0.5, 1], efficacy: 'obrien-fleming' });
    expect(r.scenario.interim!.level).toBe(0.025);
    // rpact getDesignGroupSequential(typeOfDesign = "asOF", informationRates = c(0.5, 1), alpha = 0.025)
    expect(r.scenario.interim!.bounds.criticalZ[0]).toBeCloseTo(2.9626, 4);
    expect(r.scenario.interim!.bounds.criticalZ[1]).toBeCloseTo(1.9686, 4);
  });
});

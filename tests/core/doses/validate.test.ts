import { describe, expect, it } from 'vitest';
import { Checker } from '../../../src/core/scenario/checks.ts';
import { validateArmDoses } from '../../../src/core/doses/validateArmDoses.ts';
import { validateDoseResponse } from '../../../src/core/doses/validateDoseResponse.ts';
import type { DoseResponse } from '../../../src/core/doses/types.ts';

function check(v: unknown): { value: DoseResponse | undefined; errors: string[] } {
  const c = new Checker();
  const value = validateDoseResponse(c, v);
  return { value, errors: c.errors.map((e) => e.message) };
}

describe('validateDoseResponse', () => {
  it('accepts the issue fragment and fills hill = 1', () => {
    const r = check({ model: 'emax', ed50: 10, reference: { dose: 10, effect: 0.5 }, unit: 'million cells per injection' });
    expect(r.errors).toEqual([]);
    expect(r.value).toEqual({ model: 'emax', ed50: 10, hill: 1, reference: { dose: 10, effect: 0.5 }, unit: 'million cells per injection' });
  });

  it('fills offset = 1 for log-linear, keeps relevantEffect', () => {
    const r = check({ model: 'log-linear', reference: { dose: 5, effect: -2 }, relevantEffect: 0.3 });
    expect(r.value).toEqual({ model: 'log-linear', offset: 1, reference: { dose: 5, effect: -2 }, relevantEffect: 0.3 });
  });

  it('refuses parameters the model does not use (they would be silently ignored)', () => {
    expect(check({ model: 'log-linear', ed50: 3, reference: { dose: 5, effect: -2 } }).errors).toEqual([
      'doseResponse.ed50 is not used by the log-linear model',
    ]);
  });

  it('explicit needs no reference', () => {
    expect(check({ model: 'explicit' })).toEqual({ value: { model: 'explicit' }, errors: [] });
  });

  it('field errors in the scenario style', () => {
    expect(check({ model: 'emax', ed50: -1, reference: { dose: 10, effect: 0.5 } }).errors).toEqual(['doseResponse.ed50 must be > 0, got -1']);
    expect(check({ model: 'sigmoid' }).errors).toEqual([
      'doseResponse.model must be one of "emax", "linear", "log-linear", "exponential", "quadratic", "explicit", got "sigmoid"',
    ]);
    expect(check({ model: 'linear' }).errors).toEqual(['doseResponse.reference must be an object, got nothing']);
    expect(check({ model: 'linear', reference: { dose: 0, effect: 1 } }).errors).toEqual(['doseResponse.reference.dose must be > 0, got 0']);
    expect(check({ model: 'linear', reference: { dose: 1, effect: 'big' } }).errors).toEqual([
      'doseResponse.reference.effect must be a number in [-1000000, 1000000], got "big"',
    ]);
    expect(check({ model: 'exponential', reference: { dose: 1, effect: 1 } }).errors).toEqual(['doseResponse.delta must be > 0, got nothing']);
    expect(check({ model: 'emax', ed50: 1, hill: 50, reference: { dose: 1, effect: 1 } }).errors).toEqual(['doseResponse.hill must be at most 20, got 50']);
    expect(check({ model: 'linear', reference: { dose: 1, effect: 1 }, relevantEffect: -0.2 }).errors).toEqual([
      'doseResponse.relevantEffect must be > 0, got -0.2',
    ]);
    expect(check([1]).errors).toEqual(['doseResponse must be an object, got a list']);
  });

  it('refuses a reference dose where the shape is 0 or overflows', () => {
    expect(check({ model: 'quadratic', delta: -0.5, reference: { dose: 2, effect: 1 } }).errors).toEqual([
      'doseResponse.reference.dose must be a dose where the quadratic shape is finite and not 0, got 2',
    ]);
    expect(check({ model: 'exponential', delta: 1, reference: { dose: 1000, effect: 1 } }).errors).toEqual([
      'doseResponse.reference.dose must be a dose where the exponential shape is finite and not 0, got 1000',
    ]);
  });
});

describe('validateArmDoses', () => {
  const emax: DoseResponse = { model: 'emax', ed50: 10, hill: 1, reference: { dose: 10, effect: 0.5 } };
  const run = (arms: unknown, dr: DoseResponse = emax) => {
    const c = new Checker();
    return { doses: validateArmDoses(c, arms, dr), errors: c.errors.map((e) => e.message) };
  };

  it('reads the issue arms; the control defaults to dose 0', () => {
    const arms = [{ label: 'Placebo', mean: 0, sd: 1 }, { label: 'Low', dose: 5, sd: 1 }, { label: 'Mid', dose: 10, sd: 1 }, { label: 'High', dose: 20, sd: 1 }];
    expect(run(arms)).toEqual({ doses: [0, 5, 10, 20], errors: [] });
    const c = new Checker();
    expect(validateArmDoses(c, [{ dose: 0 }, { dose: 5 }], emax)).toEqual([0, 5]); // JSDoc example
  });

  it('needs a dose on treatment arms, means for explicit, and two different doses', () => {
    expect(run([{ dose: 0 }, { sd: 1 }]).errors).toEqual(['arms[1].dose must be a number in [0, 1000000], got nothing']);
    expect(run([{ dose: 0 }, { dose: -5 }]).errors).toEqual(['arms[1].dose must be in [0, 1000000], got -5']);
    expect(run([{ dose: 0 }, { dose: 5 }], { model: 'explicit' }).errors).toEqual(['arms[1].mean must be given when doseResponse.model is "explicit", got nothing']);
    expect(run([{ dose: 5, mean: 0 }, { dose: 5, mean: 1 }], { model: 'explicit' }).errors).toEqual(['arms must have at least two different doses, got 1']);
    expect(run('x').doses).toBeUndefined();
  });
});

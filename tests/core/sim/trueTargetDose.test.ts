import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { trueTargetDose } from '../../../src/core/sim/trueTargetDose.ts';

const doses = [0, 2.5, 5, 10, 20];
function td(doseResponse: Record<string, unknown>, extra: Record<string, unknown> = {}, means: (number | undefined)[] = []): number {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    doseResponse,
    arms: doses.map((dose, i) => ({ label: `d${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 10 } : means[i] !== undefined ? { mean: means[i] } : {}) })),
    analysis: { test: 'student', alpha: 0.05, sides: 1 },
    design: { nPerArm: [20] },
    simulation: { sims: 1000, seed: 'td' },
    ...extra,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return trueTargetDose(v.scenario);
}

describe('trueTargetDose: the planned dose-response at the planned effect', () => {
  const emax = { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, relevantEffect: 0.4 };

  it('Emax: ED50·Δ/(eMax − Δ) with eMax = 0.8·15/10 = 1.2', () => {
    expect(td(emax)).toBeCloseTo(2.5, 12);
  });

  it('after shrinkage the curve halves: eMax = 0.6, TD = 5·0.4/0.2 = 10', () => {
    expect(td(emax, { effect: { basis: 'shrunk', shrinkage: 0.5, sourceN: 20 } })).toBeCloseTo(10, 10);
  });

  it('a lower-is-better endpoint looks for a fall of Δ; none past the top dose', () => {
    const down = { ...emax, reference: { dose: 10, effect: -0.8 } };
    expect(td(down, { endpoint: { type: 'continuous', direction: 'lower-is-better' } })).toBeCloseTo(2.5, 12);
    expect(td({ ...emax, relevantEffect: 1.5 })).toBeNaN();
  });

  it('linear: Δ/slope; explicit: the smallest planned dose reaching Δ', () => {
    expect(td({ model: 'linear', reference: { dose: 20, effect: 1 }, relevantEffect: 0.4 })).toBeCloseTo(8, 12);
    expect(td({ model: 'explicit', relevantEffect: 0.4 }, {}, [undefined, 10.1, 10.3, 10.45, 10.9])).toBe(10);
  });
});

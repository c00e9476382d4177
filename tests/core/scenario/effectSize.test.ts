import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

const base = {
  endpoint: { type: 'continuous' },
  analysis: { test: 'welch', alpha: 0.05, sides: 2 },
  design: { nPerArm: [20] },
  simulation: { sims: 100, seed: 'd' },
};

function errors(v: unknown): string[] {
  const r = validateScenario(v);
  return r.ok ? [] : r.errors.map((e) => e.message);
}

/** Issue 9: the inputs that hung the closed form are refused, with a message naming the field. */
describe('standardised effects beyond |d| = 50 are refused', () => {
  it('sd 1e-9 with means 0 and 1 (d = 1e9)', () => {
    const e = errors({ ...base, arms: [{ mean: 0, sd: 1e-9 }, { mean: 1, sd: 1e-9 }] });
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^arms\[1\]\.mean gives a standardised effect \|d\| = 1\.00e\+9 .*more than the 50 allowed/);
  });

  it('mean 1e6, sd 1, n = 100,000', () => {
    const e = errors({ ...base, arms: [{ mean: 0, sd: 1 }, { mean: 1e6, sd: 1 }], design: { nPerArm: [100000] } });
    expect(e[0]).toMatch(/^arms\[1\]\.mean gives a standardised effect \|d\| = 1\.00e\+6 /);
  });

  it('an exponential dose model giving 1e260 names the dose', () => {
    const s = {
      ...base,
      arms: [{ mean: 0, sd: 1, dose: 0 }, { sd: 1, dose: 600 }],
      doseResponse: { model: 'exponential', delta: 1, reference: { dose: 1, effect: 1 } },
    };
    const e = errors(s);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^arms\[1\]\.dose gives a standardised effect \|d\| = [0-9.]+e\+260/);
  });

  it('a timed walk is judged on its analysed scale (the % improvement) and the planned effect', () => {
    const tw = { ...base, endpoint: { type: 'timed-walk' } };
    expect(errors({ ...tw, arms: [{ mean: -10, sd: 0.5 }, { mean: 20, sd: 0.5 }] })[0]).toMatch(/\|d\| = 60/);
    expect(errors({ ...tw, arms: [{ mean: -10, sd: 1 }, { mean: 20, sd: 1 }] })).toEqual([]);
    // |d| = 49 is allowed at the edge; unequal sds use √((sd₀² + sd₁²)/2)
    expect(errors({ ...base, arms: [{ mean: 0, sd: 1 }, { mean: 49, sd: 1 }] })).toEqual([]);
    expect(errors({ ...base, arms: [{ mean: 0, sd: 0.1 }, { mean: 51, sd: Math.sqrt(2 - 0.01) }] })[0]).toMatch(/\|d\| = 51/);
  });

  it('binary and responder endpoints need no limit; every shipped scenario passes', () => {
    const bin = { ...base, endpoint: { type: 'binary' }, analysis: { test: 'fisher', alpha: 0.05 }, arms: [{ rate: 0 }, { rate: 1 }] };
    expect(errors(bin)).toEqual([]);
    const resp = { ...base, endpoint: { type: 'responder', source: { type: 'continuous' }, threshold: 0 }, analysis: { test: 'chi-square', alpha: 0.05 } };
    expect(errors({ ...resp, arms: [{ mean: 0, sd: 1e-9 }, { mean: 1, sd: 1e-9 }] })).toEqual([]);
    for (const f of ['t25fw-edss6', 'sixmwt-edss6', 'edss-plus-responders', 'dose-finding-t25fw']) {
      const json = JSON.parse(readFileSync(new URL(`../../../static/scenarios/${f}.json`, import.meta.url), 'utf8'));
      expect(validateScenario(json).ok, f).toBe(true);
    }
  });
});

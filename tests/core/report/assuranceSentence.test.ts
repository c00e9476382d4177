import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assuranceRows, assuranceSentence } from '../../../src/core/report/assuranceSentence.ts';
import type { ResultRow } from '../../../src/core/results/types.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

function seed(prior: boolean): ResolvedScenario {
  const json = JSON.parse(readFileSync('static/scenarios/t25fw-edss6.json', 'utf8'));
  if (prior) json.effectPrior = { type: 'normal' };
  const v = validateScenario(json);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

function rows(s: ResolvedScenario, power: (n: number) => number, assurance: ((n: number) => number) | null): ResultRow[] {
  return s.design.nPerArm.map((n) => {
    const p = power(n);
    const a = assurance?.(n) ?? null;
    return {
      arm: 'MSC-NP', armIndex: 1, nPerArm: n, nControl: n, nTreatment: n, nTotal: 2 * n, sims: 10000,
      power: p, mcse: 0.004, ci95: [p - 0.008, p + 0.008], analyticPower: null, analyticMethod: null,
      powerBenefit: p, powerBenefitMcse: 0.004, analyticPowerBenefit: null,
      assurance: a, assuranceMcse: a === null ? null : 0.0045, assuranceSims: a === null ? 0 : 10000,
      assuranceBenefit: a, assuranceBenefitMcse: a === null ? null : 0.0045, undefinedTrials: 0,
    };
  });
}

describe('assuranceSentence', () => {
  it('is empty without a design prior', () => {
    const s = seed(false);
    expect(assuranceSentence(s, rows(s, (n) => n / 40, null), 0.8)).toBe('');
  });

  it('states the first n whose assurance reaches the target', () => {
    const s = seed(true);
    const text = assuranceSentence(s, rows(s, (n) => Math.min(0.99, n / 20), (n) => Math.min(0.95, n / 36)), 0.8);
    expect(text).toBe(
      '80% assurance to show benefit (power to show benefit averaged over the design prior) needs 30 patients randomised per arm (60 in all): assurance there is 83.3% (Monte Carlo SE 0.45%).',
    );
  });

  it('says so when the target assurance is not reached', () => {
    const s = seed(true);
    const text = assuranceSentence(s, rows(s, (n) => n / 40, () => 0.62), 0.8);
    expect(text).toMatch(/^80% assurance .* is not reached within the simulated range \(up to 40 per arm\): the highest is 62\.0% at 6 per arm/);
  });

  it('assuranceRows swaps assurance in for power and drops rows without it', () => {
    const s = seed(true);
    const r = assuranceRows(rows(s, () => 0.5, (n) => n / 100));
    expect(r[0]).toMatchObject({ power: 0.06, mcse: 0.0045, sims: 10000 });
    expect(assuranceRows(rows(s, () => 0.5, null))).toEqual([]);
  });
});

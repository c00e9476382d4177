import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { readStoredResults, storeResults } from '../../../src/share/storedResults.ts';

const scenario = {
  endpoint: { type: 'continuous' },
  arms: [
    { label: 'Control', mean: 0, sd: 1 },
    { label: 'Low', mean: 0.4, sd: 1 },
    { label: 'High', mean: 0.8, sd: 1 },
  ],
  analysis: { test: 'welch', alpha: 0.05, sides: 2 },
  design: { nPerArm: [9, 15], allocation: 1.5 },
  simulation: { sims: 300, seed: 'stored' },
};

describe('stored results', () => {
  const v = validateScenario(scenario);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const rows = simulate(v.scenario).rows;

  it('read back as the rows they were stored from (sizes as the engine plans them; closed forms are not kept)', () => {
    const back = readStoredResults(JSON.parse(JSON.stringify(storeResults(v.scenario, rows))), v.scenario);
    if (!back.ok) throw new Error(back.reason);
    const closedFormsDropped = rows.map((r) => ({ ...r, analyticPower: null, analyticMethod: null, analyticPowerBenefit: null }));
    expect(back.rows).toEqual(closedFormsDropped);
    expect(back.rows[0]).toMatchObject({ nControl: 9, nTreatment: 14, nTotal: 9 + 2 * 14 });
  });

  it('refuse rows of another scenario, or damaged ones', () => {
    const stored = storeResults(v.scenario, rows);
    const other = validateScenario({ ...scenario, design: { ...scenario.design, nPerArm: [9, 16] } });
    if (!other.ok) throw new Error('invalid');
    expect(readStoredResults(stored, other.scenario)).toEqual({ ok: false, reason: 'they belong to an earlier version of this scenario' });
    const damaged = { ...stored, rows: [{ ...stored.rows[0], nPerArm: 10 }] };
    expect(readStoredResults(damaged, v.scenario)).toEqual({ ok: false, reason: 'a stored row is damaged' });
  });
});

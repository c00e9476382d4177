import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { indexErrors } from '../../../src/form/fieldErrors.ts';
import { formToScenario } from '../../../src/form/formToScenario.ts';
import { scenarioToForm } from '../../../src/form/scenarioToForm.ts';
import { weightSum } from '../../../src/form/shapePriorForm.ts';
import { setCandidate, setEstimateModel, setShapePrior, trendView } from '../../../src/form/trendForm.ts';
import { readScenario } from '../../../src/share/readScenario.ts';
import { trialScenario } from '../../helpers/trialScenario.ts';

function loadedForm(extra: object = {}) {
  const r = readScenario({ ...trialScenario('dose-finding-t25fw.json', 500), ...extra });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return scenarioToForm(r.input, r.scenario);
}
const ticked = (f: ReturnType<typeof loadedForm>) => trendView(f).candidates.flatMap((c, j) => (c.on ? [j] : []));

describe('the shape prior in the editor form', () => {
  it('turning it on writes the candidates and one weight per ticked shape; typed weights go in order; off removes the key', () => {
    const f = loadedForm();
    expect(formToScenario(f).trendTest).not.toHaveProperty('shapePrior');
    setShapePrior(f, true);
    const on = ticked(f);
    expect(on.length).toBeGreaterThan(1);
    const t0 = formToScenario(f).trendTest as { candidates: unknown[]; shapePrior: unknown[] };
    expect(t0.shapePrior).toEqual(on.map(() => 0)); // empty weights are 0 until typed
    expect(t0.candidates).toHaveLength(on.length);
    setCandidate(f, on[0], 'weight', '0.75');
    setCandidate(f, on[1], 'weight', '0.25');
    const expected = on.map((_, i) => (i === 0 ? 0.75 : i === 1 ? 0.25 : 0));
    expect(weightSum(f.trend!.candidates!)).toBe(1);
    const v = validateScenario(formToScenario(f));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario.trendTest.shapePrior).toEqual(expected);
    setShapePrior(f, false);
    expect(formToScenario(f).trendTest).not.toHaveProperty('shapePrior');
    expect(f.trend!.candidates![on[0]].weight).toBe('0.75'); // the typed weights are kept for turning it on again
  });

  it('a bad sum and a non-number weight: messages under the sum and under that row, the typed text kept', () => {
    const f = loadedForm();
    setShapePrior(f, true);
    const on = ticked(f);
    setCandidate(f, on[0], 'weight', '0.5');
    setCandidate(f, on[1], 'weight', '0.4');
    const v = validateScenario(formToScenario(f));
    if (v.ok) throw new Error('expected a sum error');
    expect(indexErrors(v.errors, f).byField.get('trendTest.shapePrior')?.[0]).toMatch(/^must sum to 1 .*got a sum of 0\.9$/);
    setCandidate(f, on[1], 'weight', 'half');
    expect(weightSum(f.trend!.candidates!)).toBeNull();
    const w = validateScenario(formToScenario(f));
    if (w.ok) throw new Error('expected a weight error');
    expect(indexErrors(w.errors, f).byField.get(`trendTest.rows[${on[1]}].weight`)).toEqual(['must be a number in [0, 1], got "half"']);
    expect(f.trend!.candidates![on[1]].weight).toBe('half');
  });

  it('a binary endpoint writes it too (rates along each shape), with the Mod step; a responder endpoint without it', () => {
    const f = loadedForm();
    setShapePrior(f, true);
    setEstimateModel(f, 'aic');
    f.endpoint = 'binary';
    const t = formToScenario(f).trendTest as { shapePrior?: unknown[]; estimate?: unknown };
    expect(t.shapePrior).toEqual(ticked(f).map(() => 0));
    expect(t.estimate).toEqual({ model: 'aic' });
    f.endpoint = 'responder-normal';
    expect(formToScenario(f).trendTest).not.toHaveProperty('estimate');
  });

  it('a loaded prior turns the control on with its weights as text', () => {
    const f = loadedForm({ trendTest: { candidates: [{ model: 'emax', ed50: 3 }, { model: 'linear' }], shapePrior: [0.6, 0.4] } });
    expect(f.trend!.shapePrior).toBe(true);
    expect(f.trend!.candidates!.filter((c) => c.on).map((c) => c.weight)).toEqual(['0.6', '0.4']);
  });
});

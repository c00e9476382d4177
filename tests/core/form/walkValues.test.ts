import { describe, expect, it } from 'vitest';
import { setEndpoint } from '../../../src/form/formActions.ts';
import { formToScenario } from '../../../src/form/formToScenario.ts';
import { armProvenance } from '../../../src/form/provenance.ts';
import { scenarioToForm } from '../../../src/form/scenarioToForm.ts';
import { retargetWalkValues } from '../../../src/form/walkValues.ts';
import { presetScenario } from '../../../src/share/presets.ts';
import { readScenario } from '../../../src/share/readScenario.ts';
import { matchingPreset } from '../../../src/state/presetMatch.ts';

function formOf(id: string) {
  const r = readScenario(presetScenario(id));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return scenarioToForm(r.input, r.scenario);
}

const values = (f: ReturnType<typeof formOf>) => f.arms.map((a) => [a.mean, a.sd, armProvenance(a, 'mean'), armProvenance(a, 'sd')]);

describe('switching the endpoint keeps values and badges truthful', () => {
  it('T25FW → 6MWT shows the 6MWT seed values, badged as reported, and the 6MWT names: the 6MWT preset itself', () => {
    const f = formOf('t25fw-edss6');
    setEndpoint(f, '6mwt');
    expect(values(f)).toEqual([
      ['-32.1', '30', 'reported', 'reported'],
      ['-9.2', '18.2', 'reported', 'reported'],
    ]);
    expect(f.endpointLabel).toBe('6MWT % improvement');
    expect(f.name).toMatch(/^6MWT/);
    expect(matchingPreset(formToScenario(f))).toBe('sixmwt-edss6');
  });

  it('switching back restores what was there, edits included', () => {
    const f = formOf('t25fw-edss6');
    f.arms[1].mean = '10';
    setEndpoint(f, '6mwt');
    f.arms[0].sd = '31';
    setEndpoint(f, 't25fw');
    expect(values(f)).toEqual([
      ['-54.4', '70.5', 'reported', 'reported'],
      ['10', '23.1', 'assumed', 'reported'],
    ]);
    setEndpoint(f, '6mwt');
    expect(values(f)[0]).toEqual(['-32.1', '31', 'reported', 'assumed']);
  });

  it('a walk responder follows its measure; binary and continuous leave the walk values alone', () => {
    const f = formOf('t25fw-edss6');
    setEndpoint(f, 'binary');
    expect(values(f)[0][0]).toBe('-54.4');
    setEndpoint(f, 'responder-walk');
    expect(values(f)[0][0]).toBe('-54.4');
    f.measure = 'distance';
    retargetWalkValues(f);
    expect(values(f)[0]).toEqual(['-32.1', '30', 'reported', 'reported']);
    setEndpoint(f, 'continuous');
    expect(values(f)[0][0]).toBe('-32.1');
  });

  it('without seed values for its arms (dose study), the values are cleared, not kept under the wrong badge', () => {
    const f = formOf('dose-finding-t25fw');
    const name = f.name;
    setEndpoint(f, '6mwt');
    expect(f.arms.every((a) => a.mean === '' && a.sd === '')).toBe(true);
    expect(f.arms.every((a) => armProvenance(a, 'mean') === 'assumed')).toBe(true);
    expect(f.name).toBe(name);
    setEndpoint(f, 't25fw');
    expect(f.arms[0].mean).not.toBe('');
  });

  it('a preset as loaded matches itself, and an edit does not', () => {
    const f = formOf('edss-plus-responders');
    expect(matchingPreset(formToScenario(f))).toBe('edss-plus-responders');
    f.alpha = '0.01';
    expect(matchingPreset(formToScenario(f))).toBeNull();
  });
});

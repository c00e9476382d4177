// Loss of ambulation in the editor's form: the seed variant round-trips, its values keep their provenance, and the
// strategies offered are the ones the validator accepts for the endpoint.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { formToScenario } from '../../../src/form/formToScenario.ts';
import { intercurrentOptions } from '../../../src/form/intercurrentOptions.ts';
import { scenarioToForm } from '../../../src/form/scenarioToForm.ts';
import { readScenario } from '../../../src/share/readScenario.ts';
import { PRESETS } from '../../../src/share/presets.ts';
import { decodeShareHash, encodeShareHash } from '../../../src/share/shareLink.ts';
import { trialScenario } from '../../helpers/trialScenario.ts';

function formOf(file: string) {
  const r = readScenario(trialScenario(file, 2000));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return { r, form: scenarioToForm(r.input, r.scenario) };
}

describe('loss of ambulation in the form', () => {
  it('the seed variant is a preset, and the form reproduces it exactly', () => {
    expect(PRESETS.map((p) => p.id)).toContain('t25fw-edss6-loss');
    const { r, form } = formOf('t25fw-edss6-loss.json');
    expect([form.arms[1].lossOfAmbulation, form.timeCap, form.intercurrent]).toEqual(['0.08', '180', 'worst-rank']);
    const v = validateScenario(formToScenario(form));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario).toEqual(r.scenario);
    expect(v.scenario.arms.map((a) => a.provenance.lossOfAmbulation)).toEqual(['assumed', 'assumed']);
  });

  it('a loss typed into the form is assumed; with no strategy the validator names analysis.intercurrent', () => {
    const { form } = formOf('t25fw-edss6.json');
    form.arms[1].lossOfAmbulation = '0.1';
    const s = formToScenario(form) as { arms: { lossOfAmbulation?: number; provenance: Record<string, string> }[] };
    expect(s.arms[1].lossOfAmbulation).toBe(0.1);
    expect(s.arms[1].provenance.lossOfAmbulation).toBe('assumed');
    const v = validateScenario(s);
    expect(v.ok ? [] : v.errors.map((e) => e.path)).toEqual(['analysis.intercurrent']);
    form.intercurrent = 'exclude';
    expect(validateScenario(formToScenario(form)).ok).toBe(true);
  });

  it('offers every strategy that fits the endpoint, and each one validates', () => {
    for (const file of ['t25fw-edss6-loss.json', 'sixmwt-edss6.json']) {
      const { form } = formOf(file);
      form.arms[1].lossOfAmbulation = '0.1';
      for (const { value } of intercurrentOptions(form).filter((o) => o.value !== 'none')) {
        form.intercurrent = value;
        form.test = value === 'worst-rank' ? 'mann-whitney' : 'welch';
        const v = validateScenario(formToScenario(form));
        expect(v.ok ? [] : v.errors.map((e) => e.message), `${file} ${value}`).toEqual([]);
      }
    }
  });

  it('a share link of the written scenario reopens the same scenario (loss, cap and strategy kept)', () => {
    const { r } = formOf('t25fw-edss6-loss.json');
    const d = decodeShareHash(encodeShareHash(r.scenario.written));
    if (d.kind !== 'text') throw new Error(d.kind);
    const v = validateScenario(JSON.parse(d.text));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario).toEqual(r.scenario);
  });
});

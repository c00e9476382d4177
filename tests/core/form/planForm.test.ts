// The planner's form, state and storage pieces, checked in Node (no browser needed).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { doseShape } from '../../../src/core/doses/shapes.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { enableDoses } from '../../../src/form/doseDefaults.ts';
import { effectSummary } from '../../../src/form/effectSummary.ts';
import { indexErrors } from '../../../src/form/fieldErrors.ts';
import { addArm } from '../../../src/form/formActions.ts';
import { MULTIPLICITY_LABELS } from '../../../src/form/formTypes.ts';
import type { Multiplicity } from '../../../src/core/scenario/types.ts';
import { formToScenario } from '../../../src/form/formToScenario.ts';
import { sourceNProvenance } from '../../../src/form/provenance.ts';
import { readSampleSize } from '../../../src/form/sampleSizeText.ts';
import { scenarioToForm } from '../../../src/form/scenarioToForm.ts';
import { readScenario } from '../../../src/share/readScenario.ts';
import { listSaved, saveScenario, SAVED_PREFIX } from '../../../src/share/savedStore.ts';
import { readStoredResults, storeResults } from '../../../src/share/storedResults.ts';
import { runKey } from '../../../src/core/scenario/runKey.ts';
import { trialScenario } from '../../helpers/trialScenario.ts';

function formOf(input: unknown) {
  const r = readScenario(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return { r, form: scenarioToForm(r.input, r.scenario) };
}

function valid(input: unknown) {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('planned effect and design prior in the form', () => {
  it('round-trips basis, shrinkage, source n, prior sd and the exploratory flag', () => {
    const s = { ...trialScenario('t25fw-edss6.json'), effect: { basis: 'shrunk', shrinkage: 0.6, sourceN: 10 }, effectPrior: { type: 'normal', sd: 12 } };
    const { r, form } = formOf(s);
    expect([form.effectBasis, form.shrinkage, form.sourceN, form.priorOn, form.priorSd, form.exploratory]).toEqual(['shrunk', '0.6', '10', true, '12', true]);
    expect(valid(formToScenario(form))).toEqual(r.scenario);
  });

  it('marks the default source n as inferred and an edited one as assumed; hidden fields cannot block', () => {
    const { form } = formOf(trialScenario('t25fw-edss6.json'));
    expect(sourceNProvenance(form)).toBe('inferred');
    form.sourceN = '20';
    expect(sourceNProvenance(form)).toBe('assumed');
    form.shrinkage = 'abc'; // hidden while the basis is "observed"
    expect(validateScenario(formToScenario(form)).ok).toBe(true);
    form.effectBasis = 'shrunk';
    const v = validateScenario(formToScenario(form));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(indexErrors(v.errors, form).byField.get('effect.shrinkage')).toEqual(['must be a number in (0, 1], got "abc"']);
  });

  it('an empty prior sd means the SE implied by the source n; effectSummary shows observed, SE and planned', () => {
    const { form } = formOf(trialScenario('t25fw-edss6.json'));
    form.priorOn = true;
    form.effectBasis = 'lower-bound';
    const s = valid(formToScenario(form));
    const e = effectSummary(s);
    const se = Math.sqrt((70.5 ** 2 + 23.1 ** 2) / 12);
    expect(e.defaultPriorSd).toBeCloseTo(se, 10);
    expect(s.effectPrior?.sd).toBeCloseTo(se, 10);
    expect(e.rows[0].observed).toBeCloseTo(58.1, 10);
    expect(e.rows[0].planned).toBeCloseTo(58.1 - 0.8416212335729143 * se, 8);
    expect(e.unit).toBe('percentage points');
  });

  it('the run key follows the effect, the prior and doses, not names or the exploratory flag', () => {
    const { form } = formOf(trialScenario('t25fw-edss6.json'));
    const key = () => runKey(valid(formToScenario(form)));
    const k0 = key();
    form.name = 'another name';
    form.exploratory = false;
    expect(key()).toBe(k0);
    form.effectBasis = 'shrunk';
    const k1 = key();
    expect(k1).not.toBe(k0);
    form.priorOn = true;
    expect(key()).not.toBe(k1);
  });
});

describe('doses in the form', () => {
  it('the dose-finding preset round-trips; dose arms keep an empty mean (from the model)', () => {
    const { r, form } = formOf(trialScenario('dose-finding-t25fw.json'));
    expect(form.doseModel).toBe('emax');
    expect(form.arms.map((a) => [a.dose, a.mean])).toEqual([['0', '-54.4'], ['2.5', ''], ['5', ''], ['10', '']]);
    expect(valid(formToScenario(form))).toEqual(r.scenario);
    expect(r.scenario.analysis).toMatchObject({ test: 'welch', multiplicity: 'dunnett' });
    expect(r.scenario.exploratory).toBe(true);
  });

  it('"Add doses" anchors the model at the trial regimen: dose 10, Emax ED50 5, the seed difference', () => {
    const { form } = formOf(trialScenario('t25fw-edss6.json'));
    enableDoses(form);
    expect([form.doseModel, form.ed50, form.hill, form.refDose, form.refEffect, form.doseUnit]).toEqual(['emax', '5', '1', '10', '58.1', 'million cells per injection']);
    expect(form.arms.map((a) => a.dose)).toEqual(['0', '10']);
    addArm(form);
    expect([form.arms[2].dose, form.arms[2].mean]).toEqual(['20', '']);
    const s = valid(formToScenario(form));
    const emax = (d: number) => doseShape('emax', { ed50: 5, hill: 1 }, d);
    expect(s.arms[2].mean).toBeCloseTo(-54.4 + (58.1 * emax(20)) / emax(10), 8);
    expect(s.doseResponse).toMatchObject({ model: 'emax', ed50: 5, reference: { dose: 10, effect: 58.1 } });
    form.doseModel = 'none'; // removing doses keeps the typed text
    expect(form.arms[2].dose).toBe('20');
    expect(formToScenario(form).doseResponse).toBeUndefined();
  });

  it('names the field and range of a bad dose-response value', () => {
    const { form } = formOf(trialScenario('dose-finding-t25fw.json'));
    form.ed50 = '-1';
    form.arms[2].dose = 'lots';
    const v = validateScenario(formToScenario(form));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const idx = indexErrors(v.errors, form);
    expect(idx.byField.get('doseResponse.ed50')).toEqual(['must be > 0, got -1']);
    expect(idx.general).toEqual([]);
  });

  it('keeps fields the editor does not show (enrichment) as loaded', () => {
    const input = { ...trialScenario('t25fw-edss6.json'), enrichment: { strata: [{ label: 'EDSS 3.0-5.5', share: 0.55, effect: 0 }, { label: 'EDSS 6.0-6.5', share: 0.45, effect: 58.1 }], enrichTo: 'EDSS 6.0-6.5' } };
    const { r, form } = formOf(input);
    expect(formToScenario(form).enrichment).toEqual(input.enrichment);
    expect(valid(formToScenario(form))).toEqual(r.scenario);
    const trend = { ...trialScenario('dose-finding-t25fw.json'), trendTest: { alpha: 0.05, candidates: [{ model: 'linear' }] } };
    expect(formToScenario(formOf(trend).form).trendTest).toEqual(trend.trendTest);
  });
});

describe('multiplicity choices in the form', () => {
  it('every multiplicity the editor offers round-trips; Dunnett with a rank test is refused next to the field', () => {
    const { form } = formOf(trialScenario('dose-finding-t25fw.json'));
    for (const m of Object.keys(MULTIPLICITY_LABELS) as Multiplicity[]) {
      form.multiplicity = m;
      expect(valid(formToScenario(form)).analysis.multiplicity).toBe(m);
    }
    form.multiplicity = 'dunnett-stepdown';
    form.test = 'mann-whitney';
    const v = validateScenario(formToScenario(form));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(indexErrors(v.errors, form).byField.get('analysis.multiplicity')?.[0]).toMatch(/needs the test "welch" \(Hasler–Hothorn/);
  });
});

describe('secondary inputs and stored results', () => {
  it('readSampleSize names the field and the range', () => {
    expect(readSampleSize('', 'Sensitivity n', 14)).toEqual({ ok: true, n: 14 });
    expect(readSampleSize(' 20 ', 'Sensitivity n', 14)).toEqual({ ok: true, n: 20 });
    expect(readSampleSize('abc', 'Sensitivity n', 14)).toEqual({ ok: false, message: 'Sensitivity n must be a whole number in [2, 100000], got "abc"' });
    expect(readSampleSize('2.5', 'n', 14)).toEqual({ ok: false, message: 'n must be a whole number in [2, 100000], got 2.5' });
  });

  const s = valid({ ...trialScenario('t25fw-edss6.json', 200), effectPrior: { type: 'normal' }, design: { nPerArm: [10, 20], dropout: 0.1 } });
  const rows = simulate(s).rows;

  it('stored results read back as the same rows; another version of the scenario or a damaged row is refused', () => {
    const stored = JSON.parse(JSON.stringify(storeResults(s, rows)));
    const back = readStoredResults(stored, s);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.rows).toEqual(rows.map((r) => ({ ...r, analyticPower: null, analyticMethod: null, analyticPowerBenefit: null })));
    const old = JSON.parse(JSON.stringify(stored));
    delete old.rows[0].powerBenefit;
    expect(readStoredResults(old, s)).toEqual({ ok: false, reason: 'they were saved by an earlier version of Stride' });
    const other = valid({ ...s.written, simulation: { sims: 300, seed: 'msc-np' } });
    expect(readStoredResults(stored, other)).toEqual({ ok: false, reason: 'they belong to an earlier version of this scenario' });
    stored.rows[0].power = 1.7;
    expect(readStoredResults(stored, s)).toEqual({ ok: false, reason: 'a stored row is damaged' });
    expect(readStoredResults('<b>x</b>', s).ok).toBe(false);
  });

  it('saved entries keep their results; old entries have none, damaged results are noted', () => {
    const store = new Map<string, string>();
    const storage = {
      get length() { return store.size; },
      key: (i: number) => [...store.keys()][i] ?? null,
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
      clear: () => store.clear(),
    } as Storage;
    saveScenario(storage, 'With results', s.written, new Date(0), storeResults(s, rows));
    saveScenario(storage, 'Old', s.written, new Date(0));
    store.set(SAVED_PREFIX + 'Bad', JSON.stringify({ format: 1, name: 'Bad', scenario: s.written, results: { key: runKey(s), rows: [{ armIndex: 9 }] } }));
    const l = listSaved(storage);
    expect(l.problems).toEqual([]);
    const by = Object.fromEntries(l.entries.map((e) => [e.name, e]));
    expect(by['With results'].results?.map((r) => r.power)).toEqual(rows.map((r) => r.power));
    expect([by.Old.results, by.Old.resultsNote]).toEqual([null, '']);
    expect([by.Bad.results, by.Bad.resultsNote]).toEqual([null, 'Saved results not used: a stored row is damaged.']);
  });
});

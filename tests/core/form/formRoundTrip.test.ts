// The pieces every browser path goes through (form text ↔ scenario, links), checked in Node.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { indexErrors } from '../../../src/form/fieldErrors.ts';
import { formToScenario } from '../../../src/form/formToScenario.ts';
import { scenarioToForm } from '../../../src/form/scenarioToForm.ts';
import { setEstimateModel, useTrendDefaults } from '../../../src/form/trendForm.ts';
import { trendCandidates } from '../../../src/core/sim/trendSetup.ts';
import { readScenario } from '../../../src/share/readScenario.ts';
import { decodeShareHash, encodeShareHash } from '../../../src/share/shareLink.ts';
import { trialScenario } from '../../helpers/trialScenario.ts';

const FILES = ['t25fw-edss6.json', 'sixmwt-edss6.json', 'edss-plus-responders.json'];

function formOf(file: string) {
  const r = readScenario(trialScenario(file, 2000));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return { r, form: scenarioToForm(r.input, r.scenario) };
}

describe('form text ↔ scenario', () => {
  for (const file of FILES) {
    it(`${file}: the form reproduces the validated scenario exactly`, () => {
      const { r, form } = formOf(file);
      const v = validateScenario(formToScenario(form));
      expect(v.ok).toBe(true);
      if (v.ok) expect(v.scenario).toEqual(r.scenario);
    });
  }

  it('keeps a range as a range and marks an edited value as assumed', () => {
    const { form } = formOf('t25fw-edss6.json');
    expect([form.nMode, form.nFrom, form.nTo, form.nStep]).toEqual(['range', '6', '40', '2']);
    form.arms[1].mean = '10';
    const s = formToScenario(form) as { arms: { provenance: Record<string, string> }[] };
    expect(s.arms[1].provenance).toEqual({ mean: 'assumed', sd: 'reported', dropout: 'derived' });
    form.arms[1].mean = '3.70';
    expect((formToScenario(form) as typeof s).arms[1].provenance.mean).toBe('reported');
  });

  it('passes text that is not a number to the validator, which names field and range', () => {
    const { form } = formOf('t25fw-edss6.json');
    form.arms[1].sd = '-3';
    form.alpha = 'abc';
    form.nStep = '';
    const v = validateScenario(formToScenario(form));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const idx = indexErrors(v.errors, form);
    expect(idx.byField.get('arms[1].sd')).toEqual(['must be > 0, got -3']);
    expect(idx.byField.get('analysis.alpha')).toEqual(['must be a number in (0, 0.5), got "abc"']);
    expect(idx.byField.get('design.nPerArm.step')).toBeUndefined(); // empty step = default 1
    expect(idx.general).toEqual([]);
  });
});

describe('enrichment strata in the form', () => {
  const enrichment = {
    strata: [
      { label: 'EDSS 3.0–5.5', share: 0.55, effect: 0, controlMean: -1.5, sd: 12 },
      { label: 'EDSS 6.0–6.5', share: 0.45, effect: 58.1, treatmentSd: 23.1 },
    ],
    enrichTo: 'EDSS 6.0–6.5',
  };
  const loaded = () => {
    const r = readScenario({ ...trialScenario('t25fw-edss6.json', 2000), enrichment });
    if (!r.ok) throw new Error(r.errors.join('; '));
    return { r, form: scenarioToForm(r.input, r.scenario) };
  };

  it('form → scenario → form keeps the strata, the enriched group and their provenance', () => {
    const { r, form } = loaded();
    expect(form.enrichment?.strata.map((s) => [s.label, s.share, s.effect, s.controlMean, s.sd, s.treatmentSd])).toEqual([
      ['EDSS 3.0–5.5', '0.55', '0', '-1.5', '12', ''],
      ['EDSS 6.0–6.5', '0.45', '58.1', '', '', '23.1'],
    ]);
    expect(form.enrichment?.enrichTo).toBe(1);
    expect(form.enrichment?.strata.map((s) => s.provenance)).toEqual([{ share: 'inferred', effect: 'assumed' }, { share: 'inferred' }]);
    const v = validateScenario(formToScenario(form));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario).toEqual(r.scenario);
    const again = scenarioToForm(formToScenario(form) as never, v.scenario);
    expect(again.enrichment).toEqual(form.enrichment);
  });

  it('a renamed enriched group stays enriched; bad shares and labels are named on their fields', () => {
    const { form } = loaded();
    form.enrichment!.strata[1].label = 'EDSS ≥ 6';
    expect((formToScenario(form).enrichment as { enrichTo: string }).enrichTo).toBe('EDSS ≥ 6');
    form.enrichment!.strata[1].share = '1.5';
    form.enrichment!.strata[0].label = ' ';
    const v = validateScenario(formToScenario(form));
    if (v.ok) throw new Error('expected errors');
    const idx = indexErrors(v.errors, form);
    expect(idx.byField.get('enrichment.strata[1].share')).toEqual(['must be in (0, 1], got 1.5']);
    expect(idx.byField.get('enrichment.strata[0].label')).toEqual(['must be a non-empty text, got " "']);
    expect(idx.general).toEqual([]);
  });
});

describe('share links', () => {
  it('round-trips a scenario through the compact link', () => {
    const s = trialScenario('t25fw-edss6.json');
    const h = encodeShareHash(s);
    expect(h).toMatch(/^#s=1\./);
    const d = decodeShareHash(h);
    expect(d.kind === 'text' && JSON.parse(d.text)).toEqual(s);
  });

  it('reads #scenario= and reports damaged or newer links', () => {
    const d = decodeShareHash(`#scenario=${encodeURIComponent('{"a":1}')}`);
    expect(d).toEqual({ kind: 'text', text: '{"a":1}', what: 'The link' });
    expect(decodeShareHash('#s=9.abc').kind).toBe('error');
    expect(decodeShareHash('#s=1.%%%').kind).toBe('error');
    expect(decodeShareHash('#scenario=%E0%A4%A').kind).toBe('error');
    expect(decodeShareHash('#results').kind).toBe('none');
  });
});

describe('trend test (MCP-Mod) in the form', () => {
  const trendTest = {
    candidates: [{ model: 'emax', ed50: 3, hill: 2 }, { model: 'linear' }, { model: 'quadratic', delta: -0.05 }, { model: 'log-linear', offset: 2 }],
    alpha: 0.01,
    enabled: false,
  };
  const load = (extra: Record<string, unknown>) => {
    const r = readScenario({ ...trialScenario('dose-finding-t25fw.json', 2000), ...extra });
    if (!r.ok) throw new Error(r.errors.join('; '));
    return { r, form: scenarioToForm(r.input, r.scenario) };
  };

  it('an untouched section adds no trendTest; "Use defaults" writes out what the engine would use', () => {
    const { r, form } = load({ trendTest: undefined });
    expect(form.trend).toBeNull();
    expect(formToScenario(form).trendTest).toBeUndefined();
    useTrendDefaults(form);
    const v = validateScenario(formToScenario(form));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario.written.trendTest).toEqual({ candidates: trendCandidates(r.scenario) });
    expect(v.scenario.trendTest).toEqual(r.scenario.trendTest);
    expect(form.trend?.candidates?.filter((c) => !c.on).map((c) => c.model)).toEqual(['log-linear']);
  });

  it('form → scenario → form keeps trendTest, its order and unticked shapes', () => {
    const { r, form } = load({ trendTest });
    expect(form.trend).toMatchObject({ enabled: false, alpha: '0.01' });
    expect(form.trend?.candidates?.map((c) => [c.model, c.on])).toEqual([
      ['emax', true], ['linear', true], ['quadratic', true], ['log-linear', true], ['exponential', false],
    ]);
    const s = formToScenario(form);
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.scenario).toEqual(r.scenario);
    expect(v.scenario.trendTest?.candidates?.[0]).toEqual({ model: 'emax', params: { ed50: 3, hill: 2 } });
    expect(scenarioToForm(s as never, v.scenario).trend).toEqual(form.trend);
  });

  it('trendTest.estimate survives the form round trip, and is absent when not written', () => {
    const { r, form } = load({ trendTest: { variance: 'per-arm', estimate: { model: 'average', tolerance: 0.2 } } });
    expect(form.trend?.estimate).toEqual({ model: 'average', tolerance: '0.2' });
    const v = validateScenario(formToScenario(form));
    expect(v.ok && v.scenario).toEqual(r.scenario);
    expect(v.ok && v.scenario.trendTest.estimate).toEqual({ model: 'average', tolerance: 0.2 });
    expect(load({}).form.trend?.estimate).toBeUndefined();
  });

  it('a binary endpoint keeps trendTest.estimate through the form; a responder endpoint drops it (refused there)', () => {
    const binary = {
      endpoint: { type: 'binary' },
      doseResponse: { model: 'emax', ed50: 5, reference: { dose: 20, effect: 0.32 }, relevantEffect: 0.15 },
      arms: [0, 5, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })),
      analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
      design: { nPerArm: [40] },
      simulation: { sims: 100, seed: 'form' },
      trendTest: { estimate: { model: 'aic', tolerance: 0.3 } },
    };
    const r = readScenario(binary);
    if (!r.ok) throw new Error(r.errors.join('; '));
    const form = scenarioToForm(r.input, r.scenario);
    const v = validateScenario(formToScenario(form));
    expect(v.ok && v.scenario.trendTest.estimate).toEqual({ model: 'aic', tolerance: 0.3 });
    form.endpoint = 'responder-normal';
    expect((formToScenario(form).trendTest as { estimate?: object }).estimate).toBeUndefined();
  });

  it('the editor control: a model choice writes trendTest.estimate (empty tolerance = 0.25), "none" removes it, errors reach the fields', () => {
    const { form } = load({});
    setEstimateModel(form, 'emax');
    expect((formToScenario(form).trendTest as { estimate?: object }).estimate).toEqual({ model: 'emax' });
    const v = validateScenario(formToScenario(form));
    expect(v.ok && v.scenario.trendTest.estimate).toEqual({ model: 'emax', tolerance: 0.25 });
    form.trend!.estimate!.tolerance = '1.5';
    setEstimateModel(form, 'aic');
    expect(form.trend?.estimate).toEqual({ model: 'aic', tolerance: '1.5' });
    form.relevantEffect = '';
    const bad = validateScenario(formToScenario(form));
    if (bad.ok) throw new Error('expected errors');
    const byField = indexErrors(bad.errors, form).byField;
    expect(byField.get('trendTest.estimate.tolerance')).toEqual(['must be in (0, 1], got 1.5']);
    expect(byField.get('trendTest.estimate')?.[0]).toMatch(/needs doseResponse.relevantEffect/);
    setEstimateModel(form, 'none');
    expect((formToScenario(form).trendTest as { estimate?: object }).estimate).toBeUndefined();
  });

  it('the variance choice round-trips; "pooled" (the default) writes no key', () => {
    const { r, form } = load({});
    expect(form.trend).toMatchObject({ variance: 'per-arm', candidates: null });
    expect(formToScenario(form).trendTest).toMatchObject({ variance: 'per-arm' });
    const v = validateScenario(formToScenario(form));
    expect(v.ok && v.scenario).toEqual(r.scenario);
    form.trend!.variance = 'pooled';
    const w = validateScenario(formToScenario(form));
    expect(w.ok && w.scenario.written.trendTest).toEqual({});
    expect(w.ok && w.scenario.trendTest.variance).toBe('pooled');
    expect(load({ trendTest: undefined }).form.trend).toBeNull();
  });

  it('a bad candidate parameter is named on its row, counting unticked rows', () => {
    const { form } = load({ trendTest });
    form.trend!.candidates![1].on = false; // linear off: quadratic becomes candidates[1]
    form.trend!.candidates![2].delta = 'x';
    form.trend!.alpha = '0.7';
    const v = validateScenario(formToScenario(form));
    if (v.ok) throw new Error('expected errors');
    const idx = indexErrors(v.errors, form);
    expect(idx.byField.get('trendTest.rows[2].delta')).toEqual(['must be a number in [-1000000, 1000000], got "x"']);
    expect(idx.byField.get('trendTest.alpha')).toEqual(['must be in (0, 0.5), got 0.7']);
    expect(idx.general).toEqual([]);
  });
});

describe('trendTest.shapePrior in the form', () => {
  it('survives the form round trip with its shapes; a shape ticked later weighs 0', () => {
    const trendTest = { candidates: [{ model: 'emax', ed50: 3 }, { model: 'linear' }], shapePrior: [0.6, 0.4] };
    const r = readScenario({ ...trialScenario('dose-finding-t25fw.json', 2000), trendTest });
    if (!r.ok) throw new Error(r.errors.join('; '));
    const form = scenarioToForm(r.input, r.scenario);
    const v = validateScenario(formToScenario(form));
    expect(v.ok && v.scenario.trendTest.shapePrior).toEqual([0.6, 0.4]);
    form.trend!.candidates!.find((c) => c.model === 'exponential')!.on = true;
    expect(formToScenario(form).trendTest).toMatchObject({ shapePrior: [0.6, 0.4, 0] });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { suggestKey } from '../../../src/core/scenario/suggest.ts';

const seed = (f: string) => JSON.parse(readFileSync(`static/scenarios/${f}.json`, 'utf8'));
const t25 = () => seed('t25fw-edss6');
const dose = () => seed('dose-finding-t25fw');
const responders = () => seed('edss-plus-responders');

function errorsOf(input: unknown): string[] {
  const v = validateScenario(input);
  return v.ok ? [] : v.errors.map((e) => e.message);
}

describe('unknown keys are refused with the closest known key', () => {
  it('design.dropuot (the issue): refused, suggesting dropout', () => {
    const s = t25();
    s.design.dropuot = 0.3;
    expect(errorsOf(s)).toEqual(['design.dropuot is not a known field (did you mean "dropout"?)']);
  });

  it('at every level: top, endpoint, arms, provenance, analysis, nPerArm range, simulation, effect, prior', () => {
    const s = t25();
    s.nmae = 'x';
    s.endpoint.baselineLogMaen = 2;
    s.arms[1].meen = 3;
    s.arms[0].provenance.sdd = 'reported';
    s.analysis.multiplicty = 'holm';
    s.design.nPerArm.stpe = 2;
    s.simulation.sim = 10;
    s.effect = { shrinkge: 0.5 };
    s.effectPrior = { type: 'normal', SD: 1 };
    expect(errorsOf(s)).toEqual([
      'nmae is not a known field (did you mean "name"?)',
      'endpoint.baselineLogMaen is not a known field (did you mean "baselineLogMean"?)',
      'analysis.multiplicty is not a known field (did you mean "multiplicity"?)',
      'arms[0].provenance.sdd is not a known field (did you mean "sd"?)',
      'arms[1].meen is not a known field (did you mean "mean"?)',
      'design.nPerArm.stpe is not a known field (did you mean "step"?)',
      'simulation.sim is not a known field (did you mean "sims"?)',
      'effect.shrinkge is not a known field (did you mean "shrinkage"?)',
      'effectPrior.SD is not a known field (did you mean "sd"?)',
    ]);
  });

  it('in doses, the trend test and enrichment', () => {
    const s = dose();
    s.doseResponse.referense = s.doseResponse.reference;
    s.trendTest = { alpah: 0.025, candidates: [{ model: 'emax', ed50: 3, hil: 1 }] };
    expect(errorsOf(s)).toEqual([
      'doseResponse.referense is not a known field (did you mean "reference"?)',
      'trendTest.alpah is not a known field (did you mean "alpha"?)',
      'trendTest.candidates[0].hil is not a known field (did you mean "hill"?)',
    ]);
    const r = dose();
    r.doseResponse.reference.efect = 1;
    expect(errorsOf(r)[0]).toBe('doseResponse.reference.efect is not a known field (did you mean "effect"?)');
    const e = t25();
    e.enrichment = { strata: [{ label: 'A', share: 0.5, effect: 0, shar: 1 }, { label: 'B', share: 0.5, effect: 10 }], enrichTo: 'B', extra: 1 };
    expect(errorsOf(e)).toEqual([
      'enrichment.extra is not a known field',
      'enrichment.strata[0].shar is not a known field (did you mean "share"?)',
    ]);
  });

  it('odd keys stay on one short line; thousands of them are summarised', () => {
    const s = t25();
    s.design['a\nb'] = 1;
    s.design['x'.repeat(500)] = 1;
    expect(errorsOf(s)).toEqual([
      'design.["a\\nb"] is not a known field',
      `design.["${'x'.repeat(40)}…"] is not a known field`,
    ]);
    const many = t25();
    for (let i = 0; i < 5000; i++) many.simulation[`k${i}`] = i;
    const errors = errorsOf(many);
    expect(errors).toHaveLength(4);
    expect(errors[3]).toBe('simulation has 4997 more fields that are not known');
  });

  it('keys of the format that this variant does not use, with the reason', () => {
    const s = t25();
    s.endpoint.direction = 'higher-is-better';
    expect(errorsOf(s)).toEqual(['endpoint.direction is not used by a timed-walk endpoint']);
    const lin = dose();
    lin.doseResponse.model = 'linear';
    expect(errorsOf(lin)).toEqual([
      'doseResponse.ed50 is not used by the linear model',
      'doseResponse.hill is not used by the linear model',
    ]);
  });

  it('suggests only near keys', () => {
    expect(suggestKey('dropuot', ['dropout', 'allocation'])).toBe('dropout');
    expect(suggestKey('colour', ['dropout', 'allocation'])).toBeUndefined();
    expect(suggestKey('Dropout', ['dropout'])).toBe('dropout');
  });
});

describe('inconsistent combinations are refused, naming the field', () => {
  it('a dose (or regimen) without a doseResponse', () => {
    const s = t25();
    s.arms[1].dose = 10;
    expect(errorsOf(s)).toEqual(['arms[1].dose needs a doseResponse model, got 10']);
    const r = t25();
    r.arms[1].cellsPerInjection = 10;
    expect(errorsOf(r)).toEqual(['arms[1].cellsPerInjection needs a doseResponse model, got 10']);
  });

  it('a trendTest without doses, or with keys a binary endpoint does not use', () => {
    const s = t25();
    s.trendTest = { alpha: 0.025 };
    expect(errorsOf(s)).toEqual(['trendTest needs a doseResponse model and dose arms (there is none)']);
    const b = responders();
    b.doseResponse = { model: 'linear', reference: { dose: 1, effect: 0.1 } };
    b.arms[0].dose = 0;
    b.arms[1].dose = 1;
    expect(errorsOf(b)).toEqual([]);
    b.trendTest = {};
    expect(errorsOf(b)).toEqual([]);
    b.trendTest = { variance: 'pooled' };
    expect(errorsOf(b)).toEqual([
      "trendTest.variance is not used by a binary endpoint (each arm's variance on the logit scale comes from its observed rate); remove it",
    ]);
  });

  it('dunnett with one treatment arm', () => {
    const s = t25();
    s.analysis = { test: 'student', alpha: 0.05, multiplicity: 'dunnett' };
    expect(errorsOf(s)).toEqual(['analysis.multiplicity "dunnett" needs at least two treatment arms (use "none" for one), got "dunnett"']);
  });

  it('mean or sd on a binary arm, rate on a continuous arm', () => {
    const b = responders();
    b.arms[1].mean = 0.3;
    b.arms[1].sd = 1;
    expect(errorsOf(b)).toEqual([
      'arms[1].mean is not used by a binary endpoint (give rate)',
      'arms[1].sd is not used by a binary endpoint (give rate)',
    ]);
    const c = t25();
    c.arms[0].rate = 0.3;
    expect(errorsOf(c)).toEqual(['arms[0].rate is not used by a timed-walk endpoint (give mean and sd)']);
  });

  it('a prior sd above 0.5 on a rate difference', () => {
    const b = responders();
    b.effectPrior = { type: 'normal', sd: 0.6 };
    expect(errorsOf(b)).toEqual(['effectPrior.sd must be at most 0.5 on a difference of two rates, got 0.6']);
    b.effectPrior.sd = 0.5;
    expect(errorsOf(b)).toEqual([]);
  });
});

describe('labels equal after trimming, Unicode normalisation and case are duplicates', () => {
  for (const [a, b] of [
    ['Low', ' Low '],
    ['Low', 'low'],
    ['ﬁve', 'five'], // ligature (NFKC)
    ['Ｌｏｗ', 'Low'], // full width (NFKC)
    ['Caf\u00e9', 'Cafe\u0301'], // composed vs decomposed (NFC)
  ]) {
    it(`${JSON.stringify(a)} and ${JSON.stringify(b)}`, () => {
      const s = dose();
      s.arms[1].label = a;
      s.arms[2].label = b;
      expect(errorsOf(s)).toEqual([`arms[2].label must differ from the other arms, got ${JSON.stringify(b)}`]);
    });
  }

  it('strata labels too', () => {
    const r = dose();
    r.doseResponse.reference.efect = 1;
    expect(errorsOf(r)[0]).toBe('doseResponse.reference.efect is not a known field (did you mean "effect"?)');
    const e = t25();
    e.enrichment = { strata: [{ label: 'A', share: 0.5, effect: 0 }, { label: 'a ', share: 0.5, effect: 10 }], enrichTo: 'A' };
    expect(errorsOf(e)).toEqual(['enrichment.strata[1].label must differ from the other strata, got "a "']);
  });
});

describe('every shipped scenario has only known keys', () => {
  for (const f of ['t25fw-edss6', 'sixmwt-edss6', 'edss-plus-responders', 'dose-finding-t25fw'])
    it(f, () => expect(errorsOf(seed(f))).toEqual([]));
});

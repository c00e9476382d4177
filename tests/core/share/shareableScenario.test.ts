import { describe, expect, it } from 'vitest';
import { encodeShareHash } from '../../../src/core/share/shareHash.ts';
import { scenarioLink, shareableScenario } from '../../../src/core/share/shareableScenario.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { fileScenario } from '../../../src/core/share/fileScenario.ts';
import { decodeShareHash, encodeShareHash as appEncode } from '../../../src/share/shareLink.ts';
import { trialJson, valid } from '../report/reportFixtures.ts';

const reopen = (link: string) => {
  const h = decodeShareHash(link.slice(link.indexOf('#')));
  if (h.kind !== 'text') throw new Error(h.kind);
  const v = validateScenario(JSON.parse(h.text));
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
};

describe('share link of the simulated scenario', () => {
  it('reopens exactly the validated scenario of every shipped file', () => {
    for (const f of ['t25fw-edss6', 'sixmwt-edss6', 'edss-plus-responders', 'dose-finding-t25fw']) {
      const s = valid(trialJson(f, (j) => (j.simulation.sims = 1234)));
      expect(reopen(scenarioLink(s, 'https://example.org/'))).toEqual(s);
    }
  });

  it('is computed once per validated scenario, for any address (a validated scenario cannot change)', () => {
    const s = valid(trialJson('t25fw-edss6', (j) => (j.simulation.sims = 1234)));
    const hash = encodeShareHash(shareableScenario(s));
    expect(scenarioLink(s, 'https://a.example/')).toBe('https://a.example/' + hash);
    expect(scenarioLink(s, '')).toBe(hash); // the cache holds the fragment, not the address
    // An equal scenario validated again is another object with the same link; a changed one gets its own.
    expect(scenarioLink(valid(trialJson('t25fw-edss6', (j) => (j.simulation.sims = 1234))), '')).toBe(hash);
    expect(scenarioLink(valid(trialJson('t25fw-edss6', (j) => (j.simulation.sims = 1235))), '')).not.toBe(hash);
    // What the cache relies on: the scenario, its written form and everything in them are frozen.
    expect(() => {
      (s.written.arms[1] as { mean: number }).mean = 0;
    }).toThrow(TypeError);
    expect(Object.isFrozen(s.design.nPerArm)).toBe(true);
  });

  it('writes listed trend-test candidates in the file format, so the link reopens the scenario (it was refused)', () => {
    const s = valid(trialJson('dose-finding-t25fw', (j) => {
      j.simulation.sims = 500;
      Object.assign(j, { trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'quadratic', delta: -0.1 }] } });
    }));
    expect(shareableScenario(s).trendTest?.candidates).toEqual([{ model: 'emax', ed50: 5, hill: 1 }, { model: 'linear' }, { model: 'quadratic', delta: -0.1 }]);
    expect(reopen(scenarioLink(s, 'https://example.org/'))).toEqual(s);
    // What the page's warnings read for a scenario shown from a run: its written form validated again.
    expect(validateScenario(fileScenario(s.written)).ok).toBe(true);
  });

  it('leaves dose-model means for the model to fill, and a regimen as a regimen', () => {
    const s = valid(trialJson('dose-finding-t25fw'));
    const lean = shareableScenario(s);
    expect(lean.arms.map((a) => a.mean)).toEqual([-54.4, undefined, undefined, undefined]);
    const regimen = valid(trialJson('dose-finding-t25fw', (j) => {
      const arms = j.arms as Record<string, unknown>[];
      delete arms[3].dose;
      Object.assign(arms[3], { cellsPerInjection: 10, injections: 1 });
    }));
    expect(shareableScenario(regimen).arms[3]).toMatchObject({ cellsPerInjection: 10, injections: 1 });
    expect(shareableScenario(regimen).arms[3].dose).toBeUndefined();
    expect(reopen(scenarioLink(regimen, ''))).toEqual(regimen);
  });

  it('leaves a default prior sd to the default, keeps a typed one', () => {
    const byDefault = valid(trialJson('t25fw-edss6', (j) => Object.assign(j, { effectPrior: { type: 'normal' } })));
    expect(shareableScenario(byDefault).effectPrior).toEqual({ type: 'normal' });
    expect(reopen(scenarioLink(byDefault, ''))).toEqual(byDefault);
    const typed = valid(trialJson('t25fw-edss6', (j) => Object.assign(j, { effectPrior: { type: 'normal', sd: 10 } })));
    expect(shareableScenario(typed).effectPrior).toEqual({ type: 'normal', sd: 10 });
  });

  it('the app keeps one encoder (re-exported from core)', () => {
    expect(appEncode).toBe(encodeShareHash);
    expect(scenarioLink(valid(trialJson('t25fw-edss6')), '')).toMatch(/^#s=1\./);
  });
});

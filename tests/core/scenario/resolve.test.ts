import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../../src/core/scenario/resolve.ts';
import { defaultCandidates } from '../../../src/core/mcpmod/defaultCandidates.ts';
import { resolveStratum } from '../../../src/core/enrichment/strata.ts';
import { trialJson, valid } from '../report/reportFixtures.ts';

const SHIPPED = ['t25fw-edss6', 't25fw-edss6-loss', 'sixmwt-edss6', 'edss-plus-responders', 'dose-finding-t25fw'];

describe('resolveScenario: every default filled once, the written form untouched', () => {
  it('every field the engine reads is set on every shipped scenario', () => {
    for (const f of SHIPPED) {
      const s = valid(trialJson(f));
      for (const a of s.arms) {
        for (const v of [a.mean, a.sd, a.dropout, a.lossOfAmbulation]) expect(Number.isFinite(v), `${f} ${a.label}`).toBe(true);
        expect(Object.keys(a.provenance).sort()).toEqual(['cellsPerInjection', 'dose', 'dropout', 'injections', 'lossOfAmbulation', 'mean', 'rate', 'sd']);
      }
      const e = s.endpoint.type === 'responder' ? s.endpoint.source : s.endpoint;
      const params = e.type === 'continuous' ? [e.baselineCorrelation] : e.type === 'timed-walk' ? [e.baselineLogMean, e.baselineLogSd, e.changeBaselineCorrelation] : [];
      for (const p of params) expect(Number.isFinite(p), f).toBe(true);
      expect(s.trendTest.alpha).toBeGreaterThan(0);
      if (s.doseResponse) expect(s.doseResponse.doses).toEqual(s.arms.map((a) => a.dose));
      else expect(s.arms.every((a) => a.dose === undefined), f).toBe(true); // no dose is made up without a model
    }
  });

  it('fills each default from its rule: dropout from the design, the trend test from the analysis and doses', () => {
    const s = valid(trialJson('dose-finding-t25fw', (j) => {
      delete j.trendTest;
      (j.arms as Record<string, unknown>[])[2].dropout = 0.3;
    }));
    expect(s.arms.map((a) => a.dropout)).toEqual([s.design.dropout, s.design.dropout, 0.3, s.design.dropout]);
    const dr = s.doseResponse!;
    const assumed = { model: dr.model as 'emax', params: { ed50: dr.ed50, hill: dr.hill, offset: dr.offset, delta: dr.delta } };
    expect(s.trendTest).toEqual({
      enabled: true,
      alpha: s.analysis.alpha / s.analysis.sides,
      variance: 'pooled',
      candidates: defaultCandidates(dr.doses, assumed),
    });
    expect(s.written.trendTest).toBeUndefined();
    expect(s.written.arms[1].dropout).toBeUndefined();
  });

  it('a stratum without its own control values takes the arms\'', () => {
    const s = valid({
      endpoint: { type: 'continuous' },
      arms: [{ label: 'C', mean: 1, sd: 3 }, { label: 'T', mean: 2, sd: 5 }],
      analysis: { test: 'welch', alpha: 0.05 },
      design: { nPerArm: [20] },
      simulation: { sims: 100, seed: 'e' },
      enrichment: { strata: [{ label: 'a', share: 0.4, effect: 2 }, { label: 'b', share: 0.6, effect: 0, sd: 2 }], enrichTo: 'a' },
    });
    expect(s.enrichment!.models).toEqual([
      resolveStratum(s.enrichment!.strata[0], { mean: 1, sd: 3 }, { mean: 2, sd: 5 }),
      { share: 0.6, controlMean: 1, treatmentMean: 1, controlSd: 2, treatmentSd: 2 },
    ]);
    expect(s.enrichment!.models[0]).toMatchObject({ controlSd: 3, treatmentSd: 5 });
  });

  it('does not change the written scenario it resolves', () => {
    const s = valid(trialJson('dose-finding-t25fw'));
    const before = JSON.stringify(s.written);
    const again = resolveScenario(s.written);
    expect(JSON.stringify(s.written)).toBe(before);
    expect(again).toEqual(s);
  });
});

import { describe, expect, it } from 'vitest';
import { figureNotes } from '../../../src/core/report/figureNotes.ts';
import { justification } from '../../../src/core/report/justification.ts';
import { pctFixed } from '../../../src/core/report/numberText.ts';
import { CAUTION } from '../../../src/core/report/summarySentences.ts';
import { normalQuantile } from '../../../src/core/distributions/normal.ts';
import { META, quick, trialJson } from './reportFixtures.ts';

const t25 = (effect?: object, extra: object = {}) => trialJson('t25fw-edss6', (j) => Object.assign(j, effect ? { effect } : {}, extra));
const text = (json: Record<string, unknown>, n: number[], sims = 400) => {
  const { s, r } = quick(json, n, sims);
  return { s, r, p: justification({ ...META, scenario: s, result: r }) };
};

describe('the paragraph states what was simulated', () => {
  it('observed basis on an exploratory subgroup: the plan, the observed value and the caution', () => {
    const { p } = text(t25(), [10, 20]);
    expect(p).toContain('The simulation plans on a difference from Saline of 58.1 percentage points for MSC-NP, as observed: the observed difference, unshrunk.');
    expect(p).toContain(CAUTION);
    expect(p).not.toContain('The simulation therefore gives');
  });

  it('shrunk ×0.5: plans on 29.1 with the observed 58.1 beside it, the simulated mean, no caution; the caption says the same', () => {
    const { s, p } = text(t25({ basis: 'shrunk', shrinkage: 0.5 }), [10, 20]);
    const plan = 'The simulation plans on a difference from Saline of 29.1 percentage points for MSC-NP (observed 58.1): the observed difference shrunk ×0.5.';
    expect(p).toContain(plan);
    expect(p).toContain('The simulation therefore gives MSC-NP a mean of −25.35% (SD as given).');
    expect(p).not.toContain('Caution');
    expect(figureNotes(s, 400, '0.1.0')).toContain(`${plan} The simulation therefore gives MSC-NP a mean of −25.35% (SD as given).`);
  });

  it('lower bound at 80%: observed − z(0.8)·SE with SE from 12 patients per arm', () => {
    const se = Math.sqrt((70.5 ** 2 + 23.1 ** 2) / 12); // 21.42
    const planned = 58.1 - normalQuantile(0.8) * se; // 40.08
    const { p } = text(t25({ basis: 'lower-bound', confidence: 0.8 }), [10]);
    expect(p).toContain(
      `of ${planned.toFixed(1)} percentage points for MSC-NP (observed 58.1): the bound of a one-sided 80% confidence interval for the observed difference, toward no effect (SE ${se.toFixed(1)}, from 12 patients per arm).`,
    );
  });

  it('a design prior: states the prior and the assurance reached, and drops the caution', () => {
    const { p, r } = text(t25(undefined, { effectPrior: { type: 'normal' } }), [20, 40]);
    expect(p).toContain('Assurance averages the power to show benefit over a normal design prior on the true difference, centred on the planned difference with SD 21.42 percentage points.');
    expect(p).toMatch(/80% assurance to show benefit \(power to show benefit averaged over the design prior\) (needs|is not reached)/);
    const a = r.rows.find((x) => x.nPerArm === 40)!.assuranceBenefit!;
    if (a < 0.8) expect(p).toContain(`the highest is ${pctFixed(a)} at 40 per arm`);
    expect(p).not.toContain('Caution');
  });

  it('multiplicity and trend test: the procedure, at-least-one-arm power and the MCP-Mod results as simulated', () => {
    const { p, r } = text(trialJson('dose-finding-t25fw'), [30, 60], 300);
    expect(p).toContain("Welch's two-sample t-test, two-sided, at α = 0.05, with Hasler and Hothorn's many-to-one (Dunnett-type, unequal variances) adjustment over 3 comparisons");
    expect(p).toContain('The simulation plans on differences from Saline of 14.5, 21.8 and 29.1 percentage points for 2.5 M cells, 5 M cells and 10 M cells (model 29.1, 43.6 and 58.1): each the dose-response model\'s difference shrunk ×0.5.');
    expect(p).toContain('Dose-response (assumed): Emax, ED50 5, Hill 1, effect 58.1 at dose 10; doses 0, 2.5, 5, 10 million cells per injection.');
    expect(p).toMatch(/The chance that at least one of the 3 treatment arms is significant/);
    const t = r.trend!.find((x) => x.significant >= 0.8) ?? r.trend!.reduce((a, b) => (b.significant > a.significant ? b : a));
    expect(p).toMatch(/The MCP-Mod trend test \(5 candidate shapes, one-sided α = 0\.025, (pooled variance|each arm's own variance)\) shows/);
    expect(p).toContain(`shows a dose-response in ${pctFixed(t.significant)} of trials`);
    expect(p).toContain(`picks the truly best dose (10 M cells) in ${pctFixed(t.bestDoseSelected)}`);
  });

  it('the trend test names its variance estimate', () => {
    const variance = (v: string) => text(trialJson('dose-finding-t25fw', (j) => (j.trendTest = { variance: v })), [30], 200).p;
    expect(variance('per-arm')).toMatch(/The MCP-Mod trend test \(5 candidate shapes, one-sided α = 0\.025, each arm's own variance\) shows/);
    expect(variance('pooled')).toMatch(/The MCP-Mod trend test \(5 candidate shapes, one-sided α = 0\.025, pooled variance\) shows/);
  });

  it('enrichment: the enriched-versus-all-comers result', () => {
    const enrichment = {
      strata: [{ label: 'EDSS 3.0-5.5', share: 0.55, effect: 0 }, { label: 'EDSS 6.0-6.5', share: 0.45, effect: 58.1 }],
      enrichTo: 'EDSS 6.0-6.5',
    };
    const { p } = text(t25(undefined, { enrichment, exploratory: false }), [20, 40], 300);
    expect(p).toMatch(/Enriched to EDSS 6\.0-6\.5 \(45% of patients; effect 58\.1 there vs 26\.1 in all comers\), 80% power/);
    expect(p).toMatch(/An all-comers trial (needs|does not reach)/);
  });

  it('ends with the date and the share link; a fragment-only link without a base address', () => {
    const { s, r, p } = text(t25(), [10]);
    expect(p).toMatch(/Simulated on 2026-12-04; the scenario with its seed: https:\/\/example\.org\/stride\/#s=1\.[A-Za-z0-9+\-$]+$/);
    expect(justification({ ...META, baseUrl: '', scenario: s, result: r })).toMatch(/the scenario with its seed: #s=1\./);
  });
});

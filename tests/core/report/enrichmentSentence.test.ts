import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrichmentSentence, firstReaching } from '../../../src/core/report/enrichmentSentence.ts';
import type { EnrichmentSummary } from '../../../src/core/results/enrichmentSummary.ts';
import { headlineEnrichment } from '../../../src/core/results/headlineRows.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

const json = JSON.parse(readFileSync('static/scenarios/t25fw-edss6.json', 'utf8'));
const v = validateScenario(json);
if (!v.ok) throw new Error('seed scenario invalid');
const s = v.scenario;

/**
 * A made-up comparison (the sentence only formats what the engine gives it). Plain two-sided power is
 * set 0.1 above the power to show benefit, so a sentence that read the wrong one would say other n.
 */
function summary(enriched: (n: number) => number, all: (n: number) => number): EnrichmentSummary {
  return {
    enrichTo: 'EDSS 6.0–6.5', share: 0.45, screeningBurden: 1 / 0.45, effectEnriched: 58.1, effectAllComers: 26.145,
    points: s.design.nPerArm.map((n) => ({
      nPerArm: n, nTotal: 2 * n, sims: 1000, screenedEnriched: Math.ceil((2 * n) / 0.45),
      enriched: { power: enriched(n) + 0.1, mcse: 0.01, powerBenefit: enriched(n), powerBenefitMcse: 0.01, ci95: [0, 1], ci95Benefit: [0, 1] },
      allComers: { power: all(n) + 0.1, mcse: 0.01, powerBenefit: all(n), powerBenefitMcse: 0.01, ci95: [0, 1], ci95Benefit: [0, 1] },
    })),
  };
}

describe('enrichmentSentence', () => {
  it('states the n each trial needs and the screening burden of the enriched one', () => {
    const text = enrichmentSentence(s, summary((n) => n / 22, (n) => n / 55));
    expect(text).toBe(
      'Enriched to EDSS 6.0–6.5 (45% of patients; effect 58.1 there vs 26.1 in all comers), 80% power to show benefit needs 18 patients randomised per arm (36 in all). ' +
        'To randomise 36 patients with EDSS 6.0–6.5, about 80 must be screened (2.2 screened per patient randomised, as 45% of those screened are in that group). ' +
        'An all-comers trial does not reach 80% within the simulated range (highest 72.7% at 40 per arm).',
    );
  });

  it('says when neither reaches the target, and names the all-comers n when it does', () => {
    expect(enrichmentSentence(s, summary(() => 0.5, () => 0.2))).toMatch(/80% power to show benefit is not reached within the simulated range \(up to 40 per arm; highest 50\.0%\)/);
    expect(enrichmentSentence(s, summary(() => 0.9, (n) => (n >= 30 ? 0.85 : 0.5)))).toContain('An all-comers trial needs 30 per arm (60 in all)');
    expect(firstReaching(headlineEnrichment(s, summary((n) => n / 22, () => 0)), 'enriched', 0.8)?.nPerArm).toBe(18);
    expect(firstReaching(summary((n) => n / 22, () => 0), 'enriched', 0.8)?.nPerArm).toBe(16);
  });

  it('states plain power for a one-sided test (where it equals the power to show benefit)', () => {
    const one = { ...s, analysis: { ...s.analysis, sides: 1 as const } };
    const text = enrichmentSentence(one, summary((n) => n / 22, (n) => n / 55));
    // Plain power (n/22 + 0.1) reaches 80% at 16 per arm.
    expect(text).toContain('80% power needs 16 patients randomised per arm (32 in all)');
  });
});

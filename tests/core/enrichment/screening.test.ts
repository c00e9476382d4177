import { describe, expect, it } from 'vitest';
import { enrichedArms, screenedFor, screeningBurden } from '../../../src/core/enrichment/screening.ts';
import { mixtureMoments, resolveStrata, resolveStratum } from '../../../src/core/enrichment/strata.ts';
import type { Enrichment } from '../../../src/core/enrichment/types.ts';

const issueEnrichment: Enrichment = {
  strata: [
    { label: 'EDSS 3.0-5.5', share: 0.55, effect: 0 },
    { label: 'EDSS 6.0-6.5', share: 0.45, effect: 58.1, treatmentSd: 23.1 },
  ],
  enrichTo: 'EDSS 6.0-6.5',
};
const saline = { mean: -54.4, sd: 70.5 };

describe('screening', () => {
  it('screens 1/share patients per patient randomised', () => {
    expect(screeningBurden(0.45)).toBeCloseTo(2.2222222, 6);
    expect(screeningBurden(1)).toBe(1);
    expect(screenedFor(40, 0.45)).toBe(89);
    expect(screenedFor(40, 0.5)).toBe(80);
    expect(screenedFor(0, 0.3)).toBe(0);
    for (const bad of [0, -0.1, 1.5, NaN]) expect(screeningBurden(bad)).toBeNaN();
    expect(screenedFor(-1, 0.5)).toBeNaN();
  });

  it('the enriched trial takes the stratum’s parameters, control defaults from the scenario', () => {
    const e = enrichedArms(issueEnrichment, saline)!;
    expect(e.stratum).toBe('EDSS 6.0-6.5');
    expect(e.share).toBe(0.45);
    expect(e.screeningBurden).toBeCloseTo(1 / 0.45, 14);
    expect(e.arms[0]).toEqual({ mean: -54.4, sd: 70.5 });
    expect(e.arms[1].mean).toBeCloseTo(3.7, 12);
    expect(e.arms[1].sd).toBe(23.1);
    expect(enrichedArms({ ...issueEnrichment, enrichTo: 'none' }, saline)).toBeUndefined();
  });
});

describe('strata', () => {
  it('resolves defaults (JSDoc example) and the all-comers mixture moments', () => {
    expect(resolveStrata({ strata: [{ label: 'a', share: 1, effect: 2 }], enrichTo: 'a' }, { mean: 1, sd: 3 })).toEqual([
      { share: 1, controlMean: 1, treatmentMean: 3, controlSd: 3, treatmentSd: 3 },
    ]);
    expect(resolveStratum({ label: 'a', share: 0.4, effect: 5, sd: 2 }, { mean: 1, sd: 3 }).treatmentSd).toBe(2);
    const two = [
      { share: 0.5, controlMean: 0, treatmentMean: 0, controlSd: 1, treatmentSd: 1 },
      { share: 0.5, controlMean: 2, treatmentMean: 2, controlSd: 1, treatmentSd: 1 },
    ];
    expect(mixtureMoments(two, 'control')).toEqual({ mean: 1, sd: Math.SQRT2 });
    // issue: the all-comers effect is diluted to 0.45 × 58.1
    const s = resolveStrata(issueEnrichment, saline);
    expect(mixtureMoments(s, 'treatment').mean - mixtureMoments(s, 'control').mean).toBeCloseTo(0.45 * 58.1, 12);
  });
});

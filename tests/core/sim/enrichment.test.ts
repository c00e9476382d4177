import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { welchPower } from '../../../src/core/power/index.ts';
import { tol } from './helpers.ts';
import { headlineEnrichment } from '../../../src/core/results/headlineRows.ts';
import { wilsonInterval } from '../../../src/core/results/wilson.ts';

const base = {
  endpoint: { type: 'continuous' },
  arms: [
    { label: 'Control', mean: 0, sd: 1 },
    { label: 'Treatment', mean: 0.8, sd: 1 },
  ],
  analysis: { test: 'welch', alpha: 0.05, sides: 2 },
  design: { nPerArm: [20, 40] },
  simulation: { sims: 20_000, seed: 'enrich' },
  enrichment: {
    strata: [
      { label: 'EDSS 3.0-5.5', share: 0.55, effect: 0 },
      { label: 'EDSS 6.0-6.5', share: 0.45, effect: 0.8 },
    ],
    enrichTo: 'EDSS 6.0-6.5',
  },
};

describe('enrichment: an enriched trial against an all-comers trial', () => {
  it('under no effect in either population, the power to show benefit is alpha/2 for a two-sided test', () => {
    const nul = { ...base, arms: [base.arms[0], { ...base.arms[1], mean: 0 }], enrichment: { ...base.enrichment, strata: base.enrichment.strata.map((x) => ({ ...x, effect: 0 })) } };
    const v = validateScenario(nul);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    for (const p of simulate(v.scenario).enrichment!.points) {
      for (const pop of [p.enriched, p.allComers]) {
        expect(Math.abs(pop.powerBenefit - 0.025)).toBeLessThan(tol(0.025, 20_000));
        expect(Math.abs(pop.power - 0.05)).toBeLessThan(tol(0.05, 20_000));
      }
    }
  });

  it('enriched power equals the two-arm closed form; all-comers power is diluted; screening burden is 1/share', () => {
    const v = validateScenario(base);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const r = simulate(v.scenario);
    const e = r.enrichment!;
    expect(e.screeningBurden).toBeCloseTo(1 / 0.45, 12);
    expect(e.effectAllComers).toBeCloseTo(0.45 * 0.8, 12);
    for (const p of e.points) {
      const exact = welchPower({ diff: 0.8, sd1: 1, sd2: 1, n1: p.nPerArm, n2: p.nPerArm, alpha: 0.05, sides: 2 });
      expect(Math.abs(p.enriched.power - exact)).toBeLessThan(tol(exact, 20_000) + 0.002);
      // All-comers: a mixture with mean difference 0.36 and variance 1 + 0.45·0.55·0.8² in the treatment arm.
      const sdT = Math.sqrt(1 + 0.45 * 0.55 * 0.64);
      const approx = welchPower({ diff: 0.36, sd1: 1, sd2: sdT, n1: p.nPerArm, n2: p.nPerArm, alpha: 0.05, sides: 2 });
      expect(Math.abs(p.allComers.power - approx)).toBeLessThan(tol(approx, 20_000) + 0.005);
      expect(p.allComers.power).toBeLessThan(p.enriched.power);
      // Power to show benefit: the upper tail alone (the one-tailed closed form), never above plain power.
      const upper = welchPower({ diff: 0.8, sd1: 1, sd2: 1, n1: p.nPerArm, n2: p.nPerArm, alpha: 0.05, sides: 2, benefitOnly: true });
      expect(Math.abs(p.enriched.powerBenefit - upper)).toBeLessThan(tol(upper, 20_000) + 0.002);
      expect(p.enriched.powerBenefit).toBeLessThanOrEqual(p.enriched.power);
      expect(p.allComers.powerBenefit).toBeLessThanOrEqual(p.allComers.power);
      expect(p.screenedEnriched).toBe(Math.ceil((2 * p.nPerArm) / 0.45));
    }
    // The main rows are untouched by the comparison (own streams).
    const plain = validateScenario({ ...base, enrichment: undefined });
    if (!plain.ok) throw new Error('invalid');
    expect(simulate(plain.scenario).rows).toEqual(r.rows);
  });

  it('refuses enrichment where it cannot apply', () => {
    const three = validateScenario({ ...base, arms: [...base.arms, { label: 'High', mean: 1, sd: 1 }] });
    expect(!three.ok && three.errors[0].message).toBe('enrichment needs exactly two arms (control and one treatment), got 3');
    const badTo = validateScenario({ ...base, enrichment: { ...base.enrichment, enrichTo: 'EDSS 7' } });
    expect(!badTo.ok && badTo.errors[0].path).toBe('enrichment.enrichTo');
  });

  it('intervals come from the exact counts; the headline (two-sided: benefit) carries its own interval', () => {
    const v = validateScenario({ ...base, simulation: { sims: 2000, seed: 'enrich-ci' } });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const e = simulate(v.scenario).enrichment!;
    for (const p of e.points) {
      for (const pop of [p.enriched, p.allComers]) {
        expect(pop.ci95).toEqual(wilsonInterval(Math.round(pop.power * p.sims), p.sims));
        expect(pop.ci95Benefit).toEqual(wilsonInterval(Math.round(pop.powerBenefit * p.sims), p.sims));
        expect(pop.ci95[0]).toBeLessThanOrEqual(pop.power);
        expect(pop.ci95[1]).toBeGreaterThanOrEqual(pop.power);
      }
    }
    const h = headlineEnrichment(v.scenario, e).points[0].enriched;
    expect(h.power).toBe(e.points[0].enriched.powerBenefit);
    expect(h.ci95).toEqual(e.points[0].enriched.ci95Benefit);
  });
});

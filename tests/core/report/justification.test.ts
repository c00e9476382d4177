import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { justification } from '../../../src/core/report/justification.ts';
import { TRIAL_CITATION } from '../../../src/core/trialFacts.ts';
import { targetSentence } from '../../../src/core/report/targetSentence.ts';
import type { ResultRow, SimulationResult } from '../../../src/core/results/types.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

function seed(file: string): ResolvedScenario {
  const v = validateScenario(JSON.parse(readFileSync(`static/scenarios/${file}.json`, 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

/** Rows with a made-up power curve (the report only formats what the engine gives it). */
function rows(s: ResolvedScenario, power: (n: number) => number): ResultRow[] {
  return s.design.nPerArm.map((n) => {
    const p = power(n);
    return {
      arm: s.arms[1].label, armIndex: 1, nPerArm: n, nControl: n, nTreatment: n, nTotal: 2 * n, sims: 10000,
      power: p, mcse: Math.sqrt((p * (1 - p)) / 10000), ci95: [p - 0.008, p + 0.008], analyticPower: null, analyticMethod: null,
      powerBenefit: p, powerBenefitMcse: Math.sqrt((p * (1 - p)) / 10000), analyticPowerBenefit: null,
      assurance: null, assuranceMcse: null, assuranceBenefit: null, assuranceBenefitMcse: null, assuranceSims: 0, undefinedTrials: 0,
    };
  });
}

/** A result holding only rows (no undefined trials), as the report reads it. */
function result(s: ResolvedScenario, rs: ResultRow[], done = 0, total = 0): SimulationResult {
  const points = s.design.nPerArm.map((n) => ({ nPerArm: n, sims: 10000, anyPower: 0, anyMcse: 0, anyPowerBenefit: 0, anyPowerBenefitMcse: 0, undefinedTrials: 0, smallExpectedTrials: 0 }));
  return { rows: rs, points, trialsDone: done, trialsTotal: total, warnings: [] };
}
const meta = { engineVersion: '9.9.9', date: '2026-12-04', baseUrl: '' };

describe('justification', () => {
  const t25 = seed('t25fw-edss6');
  const rising = rows(t25, (n) => Math.min(0.99, n / 22));

  it('states endpoint, assumptions with provenance, test, power, n, dropout, trials, seed, version and source', () => {
    const text = justification({ ...meta, scenario: t25, result: result(t25, rising) });
    expect(text).toContain('The primary endpoint is T25FW % improvement (% improvement in walking time from baseline; positive = faster).');
    expect(text).toContain('Saline mean −54.4%, SD 70.5% (all reported)');
    expect(text).toContain('MSC-NP mean 3.7%, SD 23.1% (all reported)');
    expect(text).toMatch(/baseline parameters .* are assumed/);
    expect(text).toContain('sign convention (positive = better) is inferred');
    expect(text).toContain("Welch's two-sample t-test, two-sided, at α = 0.05");
    expect(text).toContain("With 18 patients randomised per arm (36 in all), simulated power to show benefit (significant in the treatment's favour) for MSC-NP vs Saline is 81.8%");
    expect(text).toContain('Monte Carlo SE 0.39%');
    expect(text).toContain('meeting the 80% target; with 10% dropout about 16 per arm complete (derived)');
    expect(text).toContain('10,000 simulated trials per sample size (seed "msc-np")');
    expect(text).toContain('Stride 9.9.9');
    expect(text).toContain(TRIAL_CITATION);
    expect(text).not.toContain('NaN');
  });

  it('says when the target is not reached in the grid', () => {
    const text = justification({ ...meta, scenario: t25, result: result(t25, rows(t25, (n) => n / 100)) });
    expect(text).toContain('power to show benefit did not reach the 80% target within the simulated range (up to 40 per arm)');
    expect(text).toContain('the highest was 40.0%');
  });

  it('describes a binary endpoint by its rates and notes a partial run', () => {
    const s = seed('edss-plus-responders');
    const text = justification({ ...meta, scenario: s, result: result(s, rows(s, () => 0.5), 3000, 80000), partial: true });
    expect(text).toContain('Saline 37% (reported) and MSC-NP 33% (reported)');
    expect(text).toContain("Pearson's chi-square test");
    expect(text).toContain('stopped early after 3,000 of 80,000 trials');
  });
});

describe('targetSentence', () => {
  const t25 = seed('t25fw-edss6');
  it('gives n per arm, the total and the completers after dropout', () => {
    const text = targetSentence(t25, rows(t25, (n) => Math.min(0.99, n / 22)), 0.8);
    expect(text).toMatch(/^80% power to show benefit \(significant in the treatment's favour\) needs 18 patients randomised per arm \(36 in all\); with 10% dropout about 16 per arm complete\./);
  });
  it('says when the target is beyond the grid', () => {
    expect(targetSentence(t25, rows(t25, () => 0.5), 0.9)).toContain("90% power to show benefit (significant in the treatment's favour) is not reached within the simulated range (up to 40 per arm)");
  });
});

describe('signed', () => {
  it('prints a true minus and rounds model-derived values', async () => {
    const { signed } = await import('../../../src/core/report/numberText.ts');
    expect([-54.4, -25.349999999999998, 3.7, -0.004, 0, 1234.56].map(signed)).toEqual(['−54.4', '−25.35', '3.7', '0', '0', '1234.6']);
  });
});

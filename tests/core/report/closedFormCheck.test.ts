import { describe, expect, it } from 'vitest';
import { assumptionSummary } from '../../../src/core/report/assumptionSummary.ts';
import { armSkewness, closedFormCheck, closedFormSentence } from '../../../src/core/report/closedFormCheck.ts';
import { justification } from '../../../src/core/report/justification.ts';
import type { ResultRow, SimulationResult } from '../../../src/core/results/types.ts';
import { META, quick, trialJson, valid } from './reportFixtures.ts';

const t25 = valid(trialJson('t25fw-edss6'));
const row = (power: number, analytic: number | null, sims = 10000): ResultRow => ({
  arm: 'MSC-NP', armIndex: 1, nPerArm: 14, nControl: 14, nTreatment: 14, nTotal: 28, sims, power,
  mcse: Math.sqrt((power * (1 - power)) / sims), ci95: [power - 0.008, power + 0.008],
  analyticPower: analytic, analyticMethod: analytic === null ? null : 'noncentral t with Welch–Satterthwaite df (approximation), treating the skewed endpoint as normal, at expected completers',
  powerBenefit: power, powerBenefitMcse: Math.sqrt((power * (1 - power)) / sims), analyticPowerBenefit: analytic,
  assurance: null, assuranceMcse: null, assuranceBenefit: null, assuranceBenefitMcse: null, assuranceSims: 0, undefinedTrials: 0,
});

describe('closed form beside the simulation', () => {
  it('timed-walk skewness from the log-normal model (scipy lognorm(s).stats("s"), sign flipped for time)', () => {
    // scipy: Saline (−54.4, 70.5) → −1.46502; MSC-NP (3.7, 23.1) → −0.73343
    const [c, t] = armSkewness(t25)!;
    expect(c).toBeCloseTo(-1.4650161352, 8);
    expect(t).toBeCloseTo(-0.7334286467, 8);
    expect(armSkewness(valid(trialJson('edss-plus-responders')))).toBeNull();
  });

  it('a gap beyond 3 Monte Carlo SEs is stated with its size and computed reasons', () => {
    const c = closedFormCheck(t25, row(0.806, 0.734))!;
    expect(c.differs).toBe(true);
    expect(c.z).toBeCloseTo(0.072 / Math.sqrt((0.806 * 0.194) / 10000), 6);
    expect(closedFormSentence(c)).toBe(
      'The closed form (noncentral t with Welch–Satterthwaite df (approximation), treating the skewed endpoint as normal, at expected completers) gives 73.4% there, ' +
        '7.2 points below the simulation (18.2 Monte Carlo SEs); it differs because the simulated % improvement is skewed (skewness −1.5 in Saline and −0.7 in MSC-NP) ' +
        'where the closed form assumes normal data; and because the closed form uses the expected number of completers where each simulated trial draws its own.',
    );
  });

  it('within Monte Carlo error: no reasons, no "because"', () => {
    const c = closedFormCheck(t25, row(0.806, 0.8))!;
    expect(c.differs).toBe(false);
    expect(closedFormSentence(c)).toMatch(/gives 80\.0% there, within Monte Carlo error of the simulation\.$/);
    expect(closedFormCheck(t25, row(0.806, null))).toBeNull();
  });

  it('an exact closed form on normal data agrees with a real simulation', () => {
    const json = {
      endpoint: { type: 'continuous' }, arms: [{ label: 'Control', mean: 0, sd: 1 }, { label: 'Active', mean: 0.5, sd: 1 }],
      analysis: { test: 'student', alpha: 0.05, sides: 2 }, design: { nPerArm: [64] }, simulation: { sims: 2000, seed: 'cf' },
    };
    const { s, r } = quick(json, [64], 2000);
    const p = justification({ ...META, scenario: s, result: r });
    expect(p).toMatch(/The closed form \(noncentral t \(exact\)\) gives 80\.1% there, within Monte Carlo error of the simulation\./);
  });

  it('unanalysable trials: their share in words, and as a reason at that n', () => {
    const rows = [row(0.5, 0.3)];
    const result: SimulationResult = {
      rows, trialsDone: 0, trialsTotal: 0, warnings: [],
      points: [{ nPerArm: 14, sims: 10000, anyPower: 0.5, anyMcse: 0.005, anyPowerBenefit: 0.5, anyPowerBenefitMcse: 0.005, undefinedTrials: 37, smallExpectedTrials: 0 }],
    };
    const m = assumptionSummary(t25, result, META);
    expect(m.unanalysable).toEqual({ trials: 37, total: 10000, worstN: 14, worstShare: 0.0037 });
    expect(m.findings[0].closedForm!.reasons).toContain('37 simulated trials at this n could not be analysed and count as not significant');
    expect(justification({ ...META, scenario: t25, result })).toContain(
      '37 of 10,000 simulated trials (0.37%; at most 0.37%, at 14 per arm) could not be analysed (for example an arm without variation) and count as not significant.',
    );
  });
});

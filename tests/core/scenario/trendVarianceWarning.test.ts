import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { trendVarianceWarning } from '../../../src/core/scenario/trendVarianceWarning.ts';

const shipped = JSON.parse(readFileSync('static/scenarios/dose-finding-t25fw.json', 'utf8'));
const doseScenario = (sds: number[], trendTest?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  endpoint: { type: 'continuous' },
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 1 } },
  arms: sds.map((sd, i) => ({ label: ['Placebo', 'Low', 'Mid', 'High'][i], dose: [0, 2.5, 5, 10][i], sd, ...(i === 0 ? { mean: 0 } : {}) })),
  analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
  design: { nPerArm: [20] },
  simulation: { sims: 1000, seed: 'w' },
  ...(trendTest ? { trendTest } : {}),
  ...extra,
});
const warningsOf = (input: unknown): string[] => {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.warnings.filter((w) => w.includes('trend test'));
};

describe('trendTest.variance', () => {
  it('accepts "pooled" and "per-arm" and refuses anything else with the field and the choices', () => {
    for (const variance of ['pooled', 'per-arm']) {
      const v = validateScenario(doseScenario([1, 1, 1, 1], { variance }));
      expect(v.ok && v.scenario.written.trendTest).toEqual({ variance });
      expect(v.ok && v.scenario.trendTest.variance).toBe(variance);
    }
    const v = validateScenario(doseScenario([1, 1, 1, 1], { variance: 'welch' }));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors).toEqual([{ path: 'trendTest.variance', message: 'trendTest.variance must be one of "pooled", "per-arm", got "welch"' }]);
  });

  it('the shipped dose-finding scenario runs the per-arm trend test and gets no trend warning', () => {
    const v = validateScenario(shipped);
    expect(v.ok && v.scenario.trendTest.variance).toBe('per-arm');
    expect(warningsOf(shipped)).toEqual([]);
  });
});

describe('pooled trend test on unequal SDs: a warning in words', () => {
  it('SDs more than 1.5-fold apart: names the arms, the ratio and trendTest.variance "per-arm"', () => {
    const [w, ...rest] = warningsOf({ ...shipped, trendTest: undefined });
    expect(rest).toEqual([]);
    expect(w).toBe(
      'The trend test (MCP-Mod) pools the variance of arms whose SDs differ 3.1-fold (Saline 70.5, 2.5 M cells 23.1), so its ' +
        'chance of showing a dose-response that is not there is not its nominal level. Use each arm\'s own variance instead: ' +
        'trendTest.variance: "per-arm" (in the planner: Trend test, Variance, "Each arm\'s own").',
    );
    expect(warningsOf({ ...shipped, trendTest: { variance: 'pooled' } })).toEqual([w]);
    expect(warningsOf(doseScenario([1, 1, 1.6, 1]))).toHaveLength(1);
  });

  it('no warning at SD ratios up to 1.5, per-arm, with the trend test off, or without doses', () => {
    expect(warningsOf(doseScenario([1, 1.5, 1, 1.2]))).toEqual([]);
    expect(warningsOf(doseScenario([1, 4, 1, 1], { variance: 'per-arm' }))).toEqual([]);
    expect(warningsOf(doseScenario([1, 4, 1, 1], { enabled: false }))).toEqual([]);
    const v = validateScenario({ ...doseScenario([1, 4]), doseResponse: undefined, arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 1, sd: 4 }] });
    expect(v.ok && trendVarianceWarning(v.scenario)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { trendPowerAt } from '../../../src/core/mcpmod/fit/index.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { solveReport } from '../../../src/core/solve/solveReport.ts';
import { solveTrend, trendSolveRefusal } from '../../../src/core/solve/solveTrend.ts';

function scenario(extra: Record<string, unknown> = {}, sd = 1) {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.5 } },
    arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: i === 4 ? sd : 1, ...(i === 0 ? { mean: 0 } : {}) })),
    analysis: { test: 'student', alpha: 0.05, sides: 1 },
    design: { nPerArm: [20] },
    simulation: { sims: 4000, seed: 'solve-trend' },
    trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }] },
    ...extra,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('--solve-on trend: the closed-form n of the MCP step, confirmed by simulation', () => {
  it('is the smallest n whose closed-form power reaches the target, and the simulation agrees within 4 MCSE', () => {
    const s = scenario();
    const { solution, line } = solveTrend(s, 0.8);
    const n = solution.nPerArm!;
    const o = { doses: s.doseResponse!.doses, candidates: s.trendTest.candidates, means: [0, 0.5, 0.5, 0.5, 0.5].map((_, i) => s.arms[i].mean), sd: 1, sign: 1 as const, alpha: 0.05 };
    expect(trendPowerAt(o, Array(5).fill(n)).power).toBeGreaterThanOrEqual(0.8);
    expect(trendPowerAt(o, Array(5).fill(n - 1)).power).toBeLessThan(0.8);
    expect(Math.abs(solution.simulated! - solution.closedFormPower!)).toBeLessThan(4 * solution.simulatedMcse! + solution.closedFormError!);
    expect(line).toContain(`at ${n} patients per arm`);
    expect(solveReport(s, { solveN: 0.8, solveOn: 'trend' }).fields.trendSolution).toEqual(solution);
  });

  it('refuses where the closed form does not apply, naming the setting', () => {
    expect(trendSolveRefusal(scenario({}, 2))).toMatch(/same SD in every arm/);
    expect(trendSolveRefusal(scenario({ trendTest: { variance: 'per-arm' } }))).toMatch(/trendTest.variance "pooled"/);
    expect(trendSolveRefusal(scenario({ trendTest: { enabled: false } }))).toMatch(/needs a trend test/);
    expect(trendSolveRefusal(scenario())).toBeNull();
  });
});

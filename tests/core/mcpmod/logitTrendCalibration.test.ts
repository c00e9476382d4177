import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { solveTrend, trendSolveRefusal } from '../../../src/core/solve/solveTrend.ts';
import { trendClosedFormN } from '../../../src/core/solve/trendClosedFormN.ts';
import { trendNSentence } from '../../../src/core/report/trendNSentence.ts';
import { scenario, tol } from '../sim/helpers.ts';

/**
 * Generalised MCP-Mod on binary data (LogitTrendTest) under a flat dose-response: the rate of showing a dose-response
 * against its one-sided level α = 0.025. The logit-scale Wald statistics are approximate: measured (20,000 trials) the
 * rate never exceeds α + 4 MCSE and is within 4 MCSE of α once every arm expects at least 12 responders and 12
 * non-responders; below that the test is conservative (0.1–0.5·α at 5–10 per arm, see docs/scenario-format.md).
 */
const SIMS = 20_000;
const ALPHA = 0.025;
const DOSES = [0, 0.5, 1, 2, 4];

function flat(p0: number, arms: number, n: number[], extra: Record<string, unknown> = {}, sims = SIMS) {
  return scenario({
    endpoint: { type: 'binary' },
    doseResponse: { model: 'emax', ed50: 1, reference: { dose: 4, effect: 0 } },
    arms: DOSES.slice(0, arms).map((d, i) => (i === 0 ? { label: 'P', dose: 0, rate: p0 } : { label: `D${i}`, dose: d })),
    analysis: { test: 'chi-square', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
    design: { nPerArm: n },
    simulation: { sims, seed: 'logit-null' },
    ...extra,
  });
}

// Simulations of 20,000 trials: seconds on a loaded machine, more than the 5 s default.
describe('binary trend test under a flat dose-response', { timeout: 30_000 }, () => {
  const cases: [string, number, number, number[], Record<string, unknown>][] = [
    ['rate 0.3, 5 arms', 0.3, 5, [5, 10, 40, 80], {}],
    ['rate 0.1, 5 arms', 0.1, 5, [20, 160], {}],
    ['rate 0.85, 3 arms, 20% dropout, 2:1 allocation', 0.85, 3, [15, 60], { design: { nPerArm: [15, 60], dropout: 0.2, allocation: 2 } }],
  ];
  for (const [name, p0, arms, n, extra] of cases) {
    it(`${name}: at most α + 4 MCSE, within 4 MCSE where every arm expects ≥ 12 of each outcome`, () => {
      const s = flat(p0, arms, n, extra);
      for (const t of simulate(s).trend!) {
        const m = Math.min(...s.arms.map((a, i) => (i === 0 ? t.nPerArm : Math.round(t.nPerArm * s.design.allocation)) * (1 - a.dropout)));
        const what = `n ${t.nPerArm}: ${t.significant}`;
        expect(t.significant, what).toBeLessThan(ALPHA + tol(ALPHA, SIMS));
        if (m * Math.min(p0, 1 - p0) >= 12) expect(Math.abs(t.significant - ALPHA), what).toBeLessThan(tol(ALPHA, SIMS));
        else expect(t.significant, what).toBeGreaterThan(0.1 * ALPHA); // conservative, not dead: arms of 0 or all responders count
      }
    });
  }

  it('a responder endpoint (continuous source, equal means) behaves as its binary rates', () => {
    const s = scenario({
      endpoint: { type: 'responder', source: { type: 'continuous' }, threshold: 0.5 },
      doseResponse: { model: 'linear', reference: { dose: 4, effect: 0 } },
      arms: DOSES.map((d, i) => (i === 0 ? { label: 'P', dose: 0, mean: 0, sd: 1 } : { label: `D${i}`, dose: d, sd: 1 })),
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
      design: { nPerArm: [80] },
      simulation: { sims: SIMS, seed: 'logit-null' },
    });
    expect(Math.abs(simulate(s).trend![0].significant - ALPHA)).toBeLessThan(tol(ALPHA, SIMS));
  });
});

describe('binary trend test: power, determinism and refusals', { timeout: 30_000 }, () => {
  const rising = (sims: number) =>
    scenario({
      endpoint: { type: 'binary' },
      doseResponse: { model: 'emax', ed50: 1, reference: { dose: 4, effect: 0.25 }, relevantEffect: 0.15 },
      arms: DOSES.map((d, i) => (i === 0 ? { label: 'P', dose: 0, rate: 0.2 } : { label: `D${i}`, dose: d })),
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
      design: { nPerArm: [20, 80] },
      simulation: { sims, seed: 'logit-power' },
    });

  it('rises with n, picks the truly best dose, and repeats bit for bit', () => {
    const a = simulate(rising(4000));
    const b = simulate(rising(4000));
    expect(JSON.stringify(b.trend)).toBe(JSON.stringify(a.trend));
    const [small, large] = a.trend!;
    expect(large.significant).toBeGreaterThan(small.significant + 0.2);
    expect(large.bestDoseSelected).toBeGreaterThan(0.2);
    expect(large.medSelected).not.toBeNull();
  });

  it('refuses variance on binary and responder endpoints and estimate on responder ones, naming the field', () => {
    const base = {
      endpoint: { type: 'binary' },
      doseResponse: { model: 'linear', reference: { dose: 4, effect: 0.2 }, relevantEffect: 0.1 },
      arms: [{ label: 'P', dose: 0, rate: 0.2 }, { label: 'H', dose: 4 }],
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2 },
      design: { nPerArm: [20] },
      simulation: { sims: 1000, seed: 'x' },
    };
    const errors = (trendTest: unknown) => {
      const v = validateScenario({ ...base, trendTest });
      return v.ok ? [] : v.errors.map((e) => e.message);
    };
    expect(errors({ alpha: 0.025 })).toEqual([]);
    expect(errors({ variance: 'per-arm' })).toEqual([expect.stringMatching(/^trendTest\.variance is not used by a binary endpoint/)]);
    expect(errors({ estimate: { model: 'aic' } })).toEqual([]);
    const responder = validateScenario({
      ...base,
      endpoint: { type: 'responder', source: { type: 'continuous' }, threshold: 0.5 },
      arms: [{ label: 'P', dose: 0, mean: 0, sd: 1 }, { label: 'H', dose: 4, sd: 1 }],
      trendTest: { variance: 'pooled', estimate: { model: 'aic' } },
    });
    expect(responder.ok ? [] : responder.errors.map((e) => e.path)).toEqual(['trendTest.variance', 'trendTest.estimate']);
  });
});

describe('--solve-on trend for a binary endpoint', { timeout: 30_000 }, () => {
  it('finds n by powMCT with S and confirms it by simulation within 3 points + 4 MCSE', () => {
    const s = scenario({
      endpoint: { type: 'binary' },
      doseResponse: { model: 'emax', ed50: 1, reference: { dose: 4, effect: 0.25 } },
      arms: DOSES.map((d, i) => (i === 0 ? { label: 'P', dose: 0, rate: 0.2 } : { label: `D${i}`, dose: d })),
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
      design: { nPerArm: [20] },
      simulation: { sims: 4000, seed: 'solve' },
    });
    expect(trendSolveRefusal(s)).toBeNull();
    const { solution, line } = solveTrend(s, 0.8);
    expect(solution.nPerArm).toBeGreaterThan(20);
    expect(solution.closedFormPower!).toBeGreaterThanOrEqual(0.8);
    expect(Math.abs(solution.simulated! - solution.closedFormPower!)).toBeLessThan(0.03 + 4 * solution.simulatedMcse!);
    expect(line).toMatch(/logit scale/);
    // the app's trend view gives the same closed-form n and power
    const app = trendClosedFormN(s, 0.8);
    expect(app).toMatchObject({ nPerArm: solution.nPerArm, power: solution.closedFormPower, refusal: null });
    expect(trendNSentence(app, [])).toMatch(/^In closed form \(multivariate normal on the logit scale at the planned rates/);
    const certain = scenario({ ...s.written, arms: [{ label: 'P', dose: 0, rate: 0 }, { label: 'H', dose: 4, rate: 0.3 }] } as Record<string, unknown>);
    expect(trendSolveRefusal(certain)).toMatch(/strictly between 0 and 1 \(P has 0\)/);
  });
});

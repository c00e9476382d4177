import { describe, expect, it } from 'vitest';
import { simulate } from '../../../../src/core/engine.ts';
import { twoArmInterimPower } from '../../../../src/core/interim/index.ts';
import { scenario, tol } from '../helpers.ts';

const SIMS = 10_000;
/** The t-test at looks of ≥ 60 completers against the known-variance z closed form: a stated 0.005 besides 4 MCSE. */
const T_VS_Z = 0.005;

const cases = [
  { name: 'Student, equal sds, OF, non-binding futility', test: 'student', sds: [1, 1], diff: 0.3, dropout: 0, rates: [0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0 } },
  { name: 'Welch, sds 1 and 2, Pocock, 3 looks', test: 'welch', sds: [1, 2], diff: 0.45, dropout: 0, rates: [0.4, 0.7, 1], efficacy: 'pocock' },
  { name: 'Welch, 20% dropout, OF, binding futility', test: 'welch', sds: [1, 1.5], diff: 0.4, dropout: 0.2, rates: [0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0.2, binding: true } },
];

describe('simulated power, stopping probabilities and expected n match the exact z design (twoArmInterimPower)', () => {
  for (const c of cases)
    it(c.name, () => {
      const n = 160;
      const interim = { informationRates: c.rates, efficacy: c.efficacy, ...(c.futility ? { futility: c.futility } : {}) };
      const s = scenario({
        arms: [{ label: 'C', mean: 0, sd: c.sds[0] }, { label: 'T', mean: c.diff, sd: c.sds[1] }],
        analysis: { test: c.test, alpha: 0.05, sides: 2 },
        design: { nPerArm: [n], dropout: c.dropout },
        simulation: { sims: SIMS, seed: c.name },
        interim,
      });
      const exact = twoArmInterimPower(s.interim!.bounds, {
        informationRates: c.rates, nControl: n, allocation: 1, sdControl: c.sds[0], sdTreatment: c.sds[1], difference: c.diff,
        dropoutControl: c.dropout, dropoutTreatment: c.dropout,
      });
      const r = simulate(s).rows[0];
      const near = (sim: number, p: number) => expect(Math.abs(sim - p)).toBeLessThan(tol(p, SIMS) + T_VS_Z);
      near(r.power, exact.power);
      expect(r.analyticPower).toBeCloseTo(exact.power, 12);
      r.stopEfficacy!.forEach((p, k) => near(p, exact.stopEfficacy[k]));
      r.stopFutility!.forEach((p, k) => near(p, exact.stopFutility[k]));
      // Expected n: its Monte Carlo sd from the stopping law, Σ P(stop at k)·n_k² − E².
      const sizes = c.rates.map((t) => Math.round(t * n));
      const stop = c.rates.map((_, k) => (k < c.rates.length - 1 ? exact.stopEfficacy[k] + exact.stopFutility[k] : 0));
      stop[stop.length - 1] = 1 - stop.reduce((a, b) => a + b, 0);
      const sd = Math.sqrt(stop.reduce((a, p, k) => a + p * sizes[k] ** 2, 0) - exact.expectedNPerArm ** 2);
      expect(Math.abs(r.expectedNPerArm! - exact.expectedNPerArm)).toBeLessThan((4 * sd) / Math.sqrt(SIMS) + T_VS_Z * n);
    });
});

describe('several treatment arms: Bonferroni at each look', () => {
  it('each arm keeps alpha / (sides · arms) under the null, and at least one arm at most alpha / sides', () => {
    const s = scenario({
      arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'A', mean: 0, sd: 1 }, { label: 'B', mean: 0, sd: 1 }],
      analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
      design: { nPerArm: [60] },
      simulation: { sims: 20_000, seed: 'multi-null' },
      interim: { informationRates: [0.5, 1], efficacy: 'pocock' },
    });
    expect(s.interim!.level).toBe(0.0125);
    const r = simulate(s);
    for (const row of r.rows) expect(Math.abs(row.power - 0.0125)).toBeLessThan(tol(0.0125, 20_000));
    expect(r.points[0].anyPower).toBeLessThan(0.025 + tol(0.025, 20_000));
  });

  it("each arm's power is its own two-arm design's at the Bonferroni level; the trial runs on while an arm is left", () => {
    const s = scenario({
      arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'A', mean: 0.5, sd: 1 }, { label: 'B', mean: 0, sd: 1 }],
      analysis: { test: 'student', alpha: 0.05, sides: 2, multiplicity: 'bonferroni' },
      design: { nPerArm: [120] },
      simulation: { sims: SIMS, seed: 'multi-alt' },
      interim: { informationRates: [0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0 } },
    });
    const r = simulate(s);
    const a = r.rows[0];
    expect(Math.abs(a.power - a.analyticPower!)).toBeLessThan(tol(a.analyticPower!, SIMS) + T_VS_Z);
    // The trial stops at the interim only when both arms have left, so P(stop at the interim) = (120 − E n)/60
    // lies between the Fréchet bounds of the two arms' leaving there: max(0, p_A + p_B − 1) ≤ P ≤ min(p_A, p_B).
    expect(a.expectedNPerArm).toBe(r.rows[1].expectedNPerArm);
    const stoppedEarly = (120 - a.expectedNPerArm!) / 60;
    const [pA, pB] = r.rows.map((row) => row.stopEfficacy![0] + row.stopFutility![0]);
    expect(stoppedEarly).toBeLessThanOrEqual(Math.min(pA, pB) + 1e-12);
    expect(stoppedEarly).toBeGreaterThanOrEqual(pA + pB - 1 - 1e-12);
    expect(stoppedEarly).toBeGreaterThan(0.02);
  });
});

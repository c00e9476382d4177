import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { scenario, tol } from './helpers.ts';

const SIMS = 20_000;
const normalArms = (treatment: number) => [
  { label: 'C', mean: 0, sd: 1 },
  { label: 'T', mean: treatment, sd: 1 },
];

describe('power to show benefit (significant in the treatment\'s favour)', () => {
  it('equals power exactly for one-sided tests, for every test', () => {
    const tests = [
      { endpoint: { type: 'continuous' }, arms: normalArms(0.4), tests: ['welch', 'student', 'mann-whitney', 'ancova'] },
      { endpoint: { type: 'timed-walk' }, arms: [{ label: 'C', mean: -20, sd: 40 }, { label: 'T', mean: 5, sd: 25 }], tests: ['welch', 'mann-whitney'] },
      { endpoint: { type: 'binary', direction: 'lower-is-better' }, arms: [{ label: 'C', rate: 0.6 }, { label: 'T', rate: 0.35 }], tests: ['chi-square', 'fisher'] },
    ];
    for (const t of tests)
      for (const test of t.tests) {
        const s = scenario({ endpoint: t.endpoint, arms: t.arms, analysis: { test, alpha: 0.025, sides: 1 }, design: { nPerArm: [15, 30] }, simulation: { sims: 2000, seed: 'one' } });
        const r = simulate(s);
        for (const row of r.rows) {
          expect(row.powerBenefit, `${test}`).toBe(row.power);
          expect(row.analyticPowerBenefit, `${test}`).toBe(row.analyticPower);
        }
        for (const p of r.points) expect(p.anyPowerBenefit).toBe(p.anyPower);
      }
  });

  it('two-sided, effect favouring control: power counts harm, powerBenefit stays near alpha/2 or below (every test)', () => {
    for (const test of ['welch', 'student', 'mann-whitney', 'ancova'] as const) {
      const s = scenario({ arms: normalArms(-0.8), analysis: { test, alpha: 0.05, sides: 2 }, design: { nPerArm: [30] }, simulation: { sims: 4000, seed: 'harm' } });
      const row = simulate(s).rows[0];
      expect(row.power, test).toBeGreaterThan(0.8);
      expect(row.powerBenefit, test).toBeLessThan(0.002);
      expect(row.analyticPowerBenefit!, test).toBeLessThan(1e-4);
    }
    for (const test of ['chi-square', 'fisher'] as const) {
      const s = scenario({
        endpoint: { type: 'binary' },
        arms: [{ label: 'C', rate: 0.6 }, { label: 'T', rate: 0.2 }],
        analysis: { test, alpha: 0.05, sides: 2 },
        design: { nPerArm: [30] },
        simulation: { sims: 4000, seed: 'harm' },
      });
      const row = simulate(s).rows[0];
      expect(row.power, test).toBeGreaterThan(0.8);
      expect(row.powerBenefit, test).toBeLessThan(0.002);
    }
  });

  it('under no effect, two-sided, powerBenefit is alpha/2 within 4 MCSE (Student, chi-square at n = 40)', () => {
    const cont = scenario({ arms: normalArms(0), analysis: { test: 'student', alpha: 0.05, sides: 2 }, design: { nPerArm: [20] }, simulation: { sims: SIMS, seed: 'null' } });
    const a = simulate(cont).rows[0];
    expect(Math.abs(a.powerBenefit - 0.025)).toBeLessThan(tol(0.025, SIMS));
    expect(a.analyticPowerBenefit).toBeCloseTo(0.025, 10);
  });

  it('simulated powerBenefit agrees with the closed form: noncentral t (Student) and exact enumeration with dropout (chi-square, Fisher)', () => {
    const st = scenario({ arms: normalArms(0.5), analysis: { test: 'student', alpha: 0.05, sides: 2 }, design: { nPerArm: [20, 40] }, simulation: { sims: SIMS, seed: 'nct' } });
    for (const row of simulate(st).rows) expect(Math.abs(row.powerBenefit - row.analyticPowerBenefit!)).toBeLessThan(tol(row.analyticPowerBenefit!, SIMS));
    for (const test of ['chi-square', 'fisher'] as const) {
      const s = scenario({
        endpoint: { type: 'binary' },
        arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.5 }],
        analysis: { test, alpha: 0.05, sides: 2 },
        design: { nPerArm: [25], dropout: 0.15 },
        simulation: { sims: SIMS, seed: 'exact' },
      });
      const row = simulate(s).rows[0];
      expect(row.analyticMethod).toMatch(/^exact/);
      expect(Math.abs(row.power - row.analyticPower!), test).toBeLessThan(tol(row.analyticPower!, SIMS));
      expect(Math.abs(row.powerBenefit - row.analyticPowerBenefit!), test).toBeLessThan(tol(row.analyticPowerBenefit!, SIMS));
    }
  });

  it('several arms with Dunnett: anyPowerBenefit ≤ anyPower, each powerBenefit ≤ power; assurance has its benefit counterpart', () => {
    const s = scenario({
      arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'Up', mean: 0.6, sd: 1 }, { label: 'Down', mean: -0.6, sd: 1 }],
      analysis: { test: 'student', alpha: 0.05, sides: 2, multiplicity: 'dunnett' },
      design: { nPerArm: [30] },
      simulation: { sims: 2000, seed: 'dunnett' },
      effectPrior: { type: 'normal', sd: 0.2 },
    });
    const r = simulate(s);
    const [up, down] = r.rows;
    expect(up.powerBenefit).toBeGreaterThan(0.5);
    expect(down.powerBenefit).toBeLessThan(0.01);
    expect(down.power).toBeGreaterThan(0.5);
    expect(r.points[0].anyPowerBenefit).toBeLessThanOrEqual(r.points[0].anyPower);
    expect(r.points[0].anyPowerBenefit).toBeGreaterThanOrEqual(up.powerBenefit);
    expect(up.assuranceBenefit!).toBeLessThanOrEqual(up.assurance!);
    expect(down.assuranceBenefit!).toBeLessThan(0.05);
    expect(up.analyticPowerBenefit!).toBeLessThanOrEqual(up.analyticPower!);
  });
});

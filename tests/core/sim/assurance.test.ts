import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { studentPower } from '../../../src/core/power/index.ts';
import { effectPlan } from '../../../src/core/effects/effectPlan.ts';
import { scenario, tol } from './helpers.ts';

const SIMS = 20_000;

/** Assurance by numerical integration of the closed-form power over the normal prior (Simpson, ±8 sd). */
function integratedAssurance(diff: number, priorSd: number, sd: number, n: number): number {
  const steps = 400;
  const a = diff - 8 * priorSd;
  const h = (16 * priorSd) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const d = a + i * h;
    const w = i === 0 || i === steps ? 1 : i % 2 ? 4 : 2;
    const density = Math.exp(-0.5 * ((d - diff) / priorSd) ** 2) / (priorSd * Math.sqrt(2 * Math.PI));
    sum += w * density * studentPower({ diff: d, sd1: sd, sd2: sd, n1: n, n2: n, alpha: 0.05, sides: 2 });
  }
  return (sum * h) / 3;
}

describe('assurance under a normal design prior', () => {
  it('equals the closed-form power integrated over the prior (Student, normal data)', () => {
    const s = scenario({
      arms: [
        { label: 'C', mean: 0, sd: 1 },
        { label: 'T', mean: 0.5, sd: 1 },
      ],
      analysis: { test: 'student', alpha: 0.05, sides: 2 },
      design: { nPerArm: [30, 64] },
      effectPrior: { type: 'normal', sd: 0.25 },
      simulation: { sims: SIMS, seed: 'assurance' },
    });
    for (const row of simulate(s).rows) {
      const exact = integratedAssurance(0.5, 0.25, 1, row.nPerArm);
      expect(row.assurance).not.toBeNull();
      expect(Math.abs(row.assurance! - exact)).toBeLessThan(tol(exact, SIMS));
      // Where the power curve is concave (high power), averaging over the prior lowers it.
      if (row.power > 0.7) expect(row.assurance!).toBeLessThan(row.power);
      expect(Math.abs(row.power - row.analyticPower!)).toBeLessThan(tol(row.power, SIMS));
    }
  });

  it('a prior with a tiny sd gives assurance equal to power within MC error; power rows are unchanged by the prior', () => {
    const base = {
      endpoint: { type: 'timed-walk' },
      arms: [
        { label: 'Saline', mean: -54.4, sd: 70.5 },
        { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
      ],
      design: { nPerArm: [12], dropout: 0.1 },
      simulation: { sims: SIMS, seed: 'narrow' },
    };
    const withPrior = simulate(scenario({ ...base, effectPrior: { type: 'normal', sd: 1e-6 } })).rows[0];
    const without = simulate(scenario(base)).rows[0];
    expect(withPrior.power).toBe(without.power);
    expect(without.assurance).toBeNull();
    expect(Math.abs(withPrior.assurance! - withPrior.power)).toBeLessThan(4 * Math.sqrt((2 * withPrior.power * (1 - withPrior.power)) / SIMS));
  });

  it('binary endpoint: assurance integrates the rate difference prior', () => {
    const s = scenario({
      endpoint: { type: 'binary' },
      arms: [
        { label: 'C', rate: 0.3 },
        { label: 'T', rate: 0.5 },
      ],
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2 },
      design: { nPerArm: [80] },
      effectPrior: { type: 'normal', sd: 0.1 },
      simulation: { sims: SIMS, seed: 'binary-prior' },
    });
    const row = simulate(s).rows[0];
    expect(row.assurance!).toBeLessThan(row.power);
    expect(row.assurance!).toBeGreaterThan(0.4);
  });

  it('the default prior sd is the standard error implied by the source n (12 per arm)', () => {
    const s = scenario({
      endpoint: { type: 'timed-walk' },
      arms: [
        { label: 'Saline', mean: -54.4, sd: 70.5 },
        { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
      ],
      effectPrior: { type: 'normal' },
    });
    expect(s.effectPrior!.sd).toBeCloseTo(Math.sqrt((70.5 ** 2 + 23.1 ** 2) / 12), 10);
  });
});

describe('planned effect bases', () => {
  const arms = [
    { label: 'Saline', mean: -54.4, sd: 70.5 },
    { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
  ];
  it('observed, shrunk and lower confidence bound', () => {
    const se = Math.sqrt((70.5 ** 2 + 23.1 ** 2) / 12);
    expect(effectPlan(scenario({ endpoint: { type: 'timed-walk' }, arms })).planned[1]).toBeCloseTo(58.1, 10);
    expect(effectPlan(scenario({ endpoint: { type: 'timed-walk' }, arms, effect: { basis: 'shrunk', shrinkage: 0.5 } })).planned[1]).toBeCloseTo(29.05, 10);
    const lb = effectPlan(scenario({ endpoint: { type: 'timed-walk' }, arms, effect: { basis: 'lower-bound', confidence: 0.8, sourceN: 12 } }));
    expect(lb.se[1]).toBeCloseTo(se, 10);
    expect(lb.planned[1]).toBeCloseTo(58.1 - 0.8416212335729143 * se, 8);
    expect(lb.values[1]).toBeCloseTo(-54.4 + lb.planned[1], 8);
  });

  it('a shrunk effect lowers simulated power; an exploratory unshrunk plan is warned about', async () => {
    const { validateScenario } = await import('../../../src/core/scenario/validate.ts');
    const raw = {
      endpoint: { type: 'timed-walk' },
      arms,
      analysis: { test: 'welch', alpha: 0.05, sides: 2 },
      design: { nPerArm: [20] },
      simulation: { sims: 4000, seed: 'x' },
      exploratory: true,
    };
    const v = validateScenario(raw);
    expect(v.ok && v.warnings.join(' ')).toMatch(/unshrunk effect of a small exploratory subgroup/);
    const w = validateScenario({ ...raw, effect: { basis: 'shrunk', shrinkage: 0.5 } });
    expect(w.ok && w.warnings.join(' ')).not.toMatch(/unshrunk/);
    if (!v.ok || !w.ok) return;
    expect(simulate(w.scenario).rows[0].power).toBeLessThan(simulate(v.scenario).rows[0].power - 0.2);
  });
});

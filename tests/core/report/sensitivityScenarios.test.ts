import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { effectPlan } from '../../../src/core/effects/effectPlan.ts';
import { defaultSensitivityN, EFFECT_SCALES, SENSITIVITY_SIMS, sensitivityRunText, sensitivityScenarios, sensitivitySims } from '../../../src/core/report/sensitivityScenarios.ts';
import { LOSS_VIEW_SIMS, lossViewSims } from '../../../src/core/explain/lossView.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

function seed(file: string, patch: (j: Record<string, unknown>) => void = () => {}): ResolvedScenario {
  const json = JSON.parse(readFileSync(`static/scenarios/${file}.json`, 'utf8'));
  patch(json);
  const v = validateScenario(json);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe('trials of the secondary runs', () => {
  it('SENSITIVITY_SIMS (and LOSS_VIEW_SIMS) a point, never more than the main run, said as it is', () => {
    const main = seed('t25fw-edss6'); // 10,000 trials
    expect([sensitivitySims(main), lossViewSims(main)]).toEqual([SENSITIVITY_SIMS, LOSS_VIEW_SIMS]);
    expect(sensitivityScenarios(main, 14).every((c) => c.scenario.simulation.sims === 2000)).toBe(true);
    // 0.5/√2000 = 1.118 points, 0.5/√500 = 2.236
    expect(sensitivityRunText(main)).toBe('2,000 trials (fewer than the main run, so a Monte Carlo SE of up to about 1.1 points)');
    const quick = seed('t25fw-edss6', (j) => ((j.simulation as { sims: number }).sims = 500));
    expect([sensitivitySims(quick), lossViewSims(quick)]).toEqual([500, 500]);
    expect(sensitivityScenarios(quick, 14).every((c) => c.scenario.simulation.sims === 500)).toBe(true);
    expect(sensitivityRunText(quick)).toBe('500 trials (as many as the main run, so a Monte Carlo SE of up to about 2.2 points)');
  });
});

describe('sensitivityScenarios', () => {
  it('scales the planned difference (after the basis) and the variance, at one n with fewer trials', () => {
    const s = seed('t25fw-edss6', (j) => {
      j.effect = { basis: 'shrunk', shrinkage: 0.5 };
      j.effectPrior = { type: 'normal' };
    });
    const cases = sensitivityScenarios(s, 20);
    expect(cases.map((c) => [c.kind, c.factor])).toEqual([
      ...EFFECT_SCALES.map((f) => ['effect', f]),
      ['variance', 0.5],
      ['variance', 2],
    ]);
    const planned = effectPlan(s).planned[1]; // 29.05 = half of 58.1
    expect(planned).toBeCloseTo(29.05, 10);
    for (const c of cases) {
      expect(c.scenario.design.nPerArm).toEqual([20]);
      expect(c.scenario.simulation).toEqual({ sims: 2000, seed: 'msc-np' });
      expect(c.scenario.effectPrior).toBeUndefined();
      expect(c.scenario.effect.basis).toBe('observed');
      expect(c.scenario.arms[0].mean).toBe(-54.4);
      const diff = c.scenario.arms[1].mean! - c.scenario.arms[0].mean!;
      expect(diff).toBeCloseTo(c.kind === 'effect' ? c.factor * planned : planned, 10);
      const sdScale = c.kind === 'variance' ? Math.sqrt(c.factor) : 1;
      expect(c.scenario.arms.map((a) => a.sd)).toEqual([70.5 * sdScale, 23.1 * sdScale]);
    }
  });

  it('power rises with the effect and falls with the variance', () => {
    const s = seed('sixmwt-edss6');
    const power = sensitivityScenarios(s, 16).map((c) => simulate(c.scenario).rows[0].power);
    const effect = power.slice(0, EFFECT_SCALES.length);
    for (let i = 1; i < effect.length; i++) expect(effect[i]).toBeGreaterThan(effect[i - 1]);
    const atOne = effect[EFFECT_SCALES.indexOf(1)];
    expect(power[EFFECT_SCALES.length]).toBeGreaterThan(atOne); // half the variance
    expect(power[EFFECT_SCALES.length + 1]).toBeLessThan(atOne); // twice the variance
  });

  it('dose arms get explicit means from the model; rates have no variance cases and stay in [0, 1]', () => {
    const d = seed('dose-finding-t25fw');
    const c = sensitivityScenarios(d, 30);
    expect(c[0].scenario.doseResponse).toBeUndefined();
    const plan = effectPlan(d);
    expect(c[EFFECT_SCALES.indexOf(1)].scenario.arms.map((a) => a.mean)).toEqual(plan.values.map((v) => expect.closeTo(v, 10)));
    expect(c[0].scenario.analysis.multiplicity).toBe('dunnett');

    const b = seed('edss-plus-responders');
    const cb = sensitivityScenarios(b, 50);
    expect(cb.every((x) => x.kind === 'effect')).toBe(true);
    expect(cb.every((x) => x.scenario.arms.every((a) => a.rate! >= 0 && a.rate! <= 1))).toBe(true);
  });

  it('defaultSensitivityN is the first n reaching the target, else the largest n', () => {
    const s = seed('t25fw-edss6');
    const row = (n: number, power: number) => ({
      arm: 'MSC-NP', armIndex: 1, nPerArm: n, nControl: n, nTreatment: n, nTotal: 2 * n, sims: 100, power, mcse: 0.01,
      ci95: [power, power] as [number, number], analyticPower: null, analyticMethod: null, assurance: null, assuranceMcse: null, assuranceSims: 0,
      powerBenefit: power, powerBenefitMcse: 0.01, analyticPowerBenefit: null, assuranceBenefit: null, assuranceBenefitMcse: null, undefinedTrials: 0,
    });
    expect(defaultSensitivityN(s, [row(10, 0.5), row(12, 0.79), row(14, 0.83)])).toBe(14);
    expect(defaultSensitivityN(s, [row(10, 0.5), row(12, 0.6)])).toBe(40);
  });
});

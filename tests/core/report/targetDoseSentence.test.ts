import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { justification } from '../../../src/core/report/justification.ts';
import { pctFixed, significant } from '../../../src/core/report/numberText.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';

function run(estimate: Record<string, unknown> | undefined, relevantEffect = 0.4) {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, relevantEffect, unit: 'mg' },
    arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
    analysis: { test: 'student', alpha: 0.05, sides: 1, multiplicity: 'dunnett' },
    design: { nPerArm: [30] },
    simulation: { sims: 300, seed: 'sentence' },
    trendTest: estimate ? { estimate } : {},
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const r = simulate(v.scenario);
  return { t: r.trend![0], p: justification({ scenario: v.scenario, result: r, engineVersion: 'test', date: '2026-01-01', baseUrl: '' }) };
}

describe('the paragraph states the chance of estimating the target dose', () => {
  it("gives the simulation's tdEstimated, its MCSE, the true TD and TD̂'s percentiles", () => {
    const { t, p } = run({ model: 'average', tolerance: 0.2 });
    expect(p).toContain('the Mod step fits AIC-weighted averaging over the significant candidates');
    expect(p).toContain(
      `the chance of estimating it within ±20% of the true 2.5 mg is ${pctFixed(t.tdEstimated!)} (Monte Carlo SE ${pctFixed(t.tdEstimatedMcse!, 2)})`,
    );
    expect(p).toContain(`median ${significant(t.tdQuantiles!.p50, 3)} mg`);
  });

  it('says when the planned curve never reaches Δ, and is silent without estimate', () => {
    expect(run({ model: 'emax' }, 2).p).toContain('there is no true target dose to estimate');
    expect(run(undefined).p).not.toContain('Mod step');
  });
});

describe('on a binary endpoint the paragraph describes the log-odds fit and Δ as a difference of rates', () => {
  it("names the generalised fit and AIC, and the rate the target dose must reach, with the simulation's numbers", () => {
    const v = validateScenario({
      endpoint: { type: 'binary' },
      doseResponse: { model: 'emax', ed50: 5, reference: { dose: 20, effect: 0.32 }, relevantEffect: 0.15, unit: 'mg' },
      arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })),
      analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
      design: { nPerArm: [80] },
      simulation: { sims: 300, seed: 'sentence' },
      trendTest: { estimate: { model: 'aic' } },
    });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const r = simulate(v.scenario);
    const t = r.trend![0];
    const p = justification({ scenario: v.scenario, result: r, engineVersion: 'test', date: '2026-01-01', baseUrl: '' });
    expect(p).toContain("fits the significant candidate with the best AIC to the arms' log-odds (generalised least squares, generalised AIC)");
    expect(p).toContain("the smallest dose whose response rate improves on placebo's by");
    expect(p).toContain(`within ±25% of the true 3 mg is ${pctFixed(t.tdEstimated!)}`);
  });
});

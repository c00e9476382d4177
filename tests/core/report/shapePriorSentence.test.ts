import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { figureNotes } from '../../../src/core/report/figureNotes.ts';
import { justification } from '../../../src/core/report/justification.ts';
import { pctFixed } from '../../../src/core/report/numberText.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { toHeatmapData } from '../../../src/lib/results/toHeatmapData.ts';

function run(extra: Record<string, unknown>) {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.5 }, relevantEffect: 0.3, unit: 'mg' },
    arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
    analysis: { test: 'student', alpha: 0.05, sides: 1 },
    design: { nPerArm: [20, 40] },
    simulation: { sims: 300, seed: 'sentence' },
    trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }], shapePrior: [0.75, 0.25], estimate: { model: 'aic' } },
    ...extra,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const r = simulate(v.scenario);
  return { r, p: justification({ scenario: v.scenario, result: r, engineVersion: 'test', date: '2026-01-01', baseUrl: '' }) };
}

describe('the paragraph says the assurance averages over the shape prior, with its weights', () => {
  it('states the weights, the anchor, the averaged trend results and the assurance per dose', () => {
    const { r, p } = run({});
    const n = p.match(/at (\d+) per arm, the (first simulated n|highest)/)![1];
    const a = r.trend!.find((t) => t.nPerArm === Number(n))!.shapeAssurance!;
    expect(p).toContain('Averaged over a prior over the true dose-response shape (Emax (ED50 5) 75%, linear 25%), every shape anchored to the planned effect at the top dose (0.6 at 20 mg)'); // 0.5 × (20/25)/(10/15)
    expect(p).toContain(`the trend test shows a dose-response in ${pctFixed(a.significant)} of trials (Monte Carlo SE ${pctFixed(a.significantMcse, 2)})`);
    expect(p).toContain(`within ±25% in ${pctFixed(a.tdEstimated!)}`);
    expect(p).toContain(`By true shape: Emax (ED50 5) ${pctFixed(a.byShape[0].significant)}, linear ${pctFixed(a.byShape[1].significant)}.`);
    expect(p).toContain('assurance (power averaged over the shape prior (Emax (ED50 5) 75%, linear 25%))');
  });

  it('with an effect prior too, both priors are named', () => {
    const { p } = run({ effectPrior: { type: 'normal', sd: 0.1 } });
    expect(p).toContain('and over the design prior, the trend test');
    expect(p).toContain('averaged over the design prior and the shape prior (Emax (ED50 5) 75%, linear 25%)');
  });
});

describe('on a binary endpoint the words are about response rates', () => {
  const v = validateScenario({
    endpoint: { type: 'binary' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 20, effect: 0.25 }, unit: 'mg' },
    arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })),
    analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
    design: { nPerArm: [40, 80] },
    simulation: { sims: 200, seed: 'rates' },
    trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }], shapePrior: [0.75, 0.25] },
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const r = simulate(v.scenario);

  it('the paragraph, figure notes and heatmap state the shapes on the rates and the anchor in percentage points', () => {
    const p = justification({ scenario: v.scenario, result: r, engineVersion: 'test', date: '2026-01-01', baseUrl: '' });
    const words =
      'a prior over the true dose-response shape (Emax (ED50 5) 75%, linear 25%), the response rates following each shape on the probability scale, ' +
      'anchored to the planned difference in response rates at the top dose (25 percentage points at 20 mg)';
    expect(p).toContain(`Averaged over ${words}, the trend test shows a dose-response in ${pctFixed(r.trend![1].shapeAssurance!.significant)}`);
    expect(p).toContain('Dose-response (assumed): Emax, ED50 5, Hill 1, effect 25 percentage points at dose 20;');
    expect(figureNotes(v.scenario, 200, 'test', r)).toContain(`Assurance averages over ${words}.`);
    const d = toHeatmapData(v.scenario, r.rows, 'assurance');
    expect(d.title).toBe('Assurance: assurance over the shape prior (Emax (ED50 5) 75%, linear 25%) by dose and sample size');
    expect(d.notes).toContain(`Assurance averages over ${words}.`);
  });
});

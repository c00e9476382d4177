import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { heatmapCsv } from '../../../src/lib/results/heatmapCsv.ts';
import { toHeatmapData } from '../../../src/lib/results/toHeatmapData.ts';

const v = validateScenario({
  endpoint: { type: 'continuous' },
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.5 }, unit: 'mg' },
  arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
  analysis: { test: 'student', alpha: 0.05, sides: 1 },
  design: { nPerArm: [20, 40] },
  simulation: { sims: 200, seed: 'heat' },
  trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }], shapePrior: [0.75, 0.25] },
});

describe('the dose × n heatmap and its CSV under a shape prior', () => {
  it('shows assurance per dose × n, labelled with the shape prior and its weights; the CSV carries it', () => {
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const rows = simulate(v.scenario).rows;
    const d = toHeatmapData(v.scenario, rows, 'assurance');
    expect(d.measure).toBe('Assurance');
    expect(d.title).toContain('assurance over the shape prior (Emax (ED50 5) 75%, linear 25%) by dose and sample size');
    for (const c of d.cells) expect(c.power).toBe(rows.find((r) => r.arm === c.arm && r.nPerArm === c.n)!.assurance);
    expect(toHeatmapData(v.scenario, rows).cells.map((c) => c.power)).toEqual(d.cells.map((c) => rows.find((r) => r.arm === c.arm && r.nPerArm === c.n)!.power));
    const csv = heatmapCsv(v.scenario, rows).split('\n');
    expect(csv[0]).toContain('assurance,assuranceMcse,assuranceSims,averagedOver');
    expect(csv[1]).toContain('"the shape prior (Emax (ED50 5) 75%, linear 25%)"');
    expect(d.notes.join(' ')).toContain('Assurance averages over a prior over the true dose-response shape (Emax (ED50 5) 75%, linear 25%)');
  });
});

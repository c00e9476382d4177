import { describe, expect, it } from 'vitest';
import { assumptionSummary } from '../../../src/core/report/assumptionSummary.ts';
import { headlineMeasure, headlineRows } from '../../../src/core/report/headlinePower.ts';
import { justification } from '../../../src/core/report/justification.ts';
import type { ResultRow, SimulationResult } from '../../../src/core/results/accumulator.ts';
import { META, quick, seedJson, valid } from './reportFixtures.ts';

describe('the one power choice for the report', () => {
  const { s, r } = quick(seedJson('t25fw-edss6'), [10, 20], 400);

  it('rows without powerBenefit report plain power', () => {
    expect(headlineMeasure(s, r.rows)).toEqual({ benefit: false, word: 'power' });
    expect(headlineRows(s, r.rows)).toEqual(r.rows);
  });

  it('two-sided rows with powerBenefit headline the power to show benefit, and the paragraph says so', () => {
    const rows = r.rows.map((x) => ({ ...x, powerBenefit: x.power - 0.1, powerBenefitMcse: 0.01, analyticPowerBenefit: null })) as ResultRow[];
    const result: SimulationResult = { ...r, rows };
    expect(headlineMeasure(s, rows).benefit).toBe(true);
    const h = headlineRows(s, rows);
    expect(h.map((x) => x.power)).toEqual(rows.map((x) => x.power - 0.1));
    expect(h.every((x) => x.analyticPower === null)).toBe(true);
    const p = justification({ ...META, scenario: s, result });
    expect(p).toContain('Power here is the power to show benefit');
    expect(p).toMatch(/power to show benefit (for MSC-NP vs Saline is|did not reach)/);
    const one = valid({ ...seedJson('t25fw-edss6'), analysis: { test: 'welch', alpha: 0.025, sides: 1 } });
    expect(assumptionSummary(one, result, META).measure.benefit).toBe(false);
  });
});

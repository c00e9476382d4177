import { describe, expect, it } from 'vitest';
import { assumptionSummary } from '../../../src/core/report/assumptionSummary.ts';
import { headlineMeasure } from '../../../src/core/report/headlinePower.ts';
import { justification } from '../../../src/core/report/justification.ts';
import { pctFixed } from '../../../src/core/report/numberText.ts';
import { META, quick, trialJson } from './reportFixtures.ts';

describe('the one power choice for the report', () => {
  it('two-sided: the paragraph states the power to show benefit, from powerBenefit, and says so', () => {
    const { s, r } = quick(trialJson('t25fw-edss6'), [10, 20, 30], 400);
    expect(headlineMeasure(s)).toMatchObject({ benefit: true, word: 'power to show benefit' });
    const m = assumptionSummary(s, r, META);
    const f = m.findings[0];
    const raw = r.rows.find((x) => x.nPerArm === f.row.nPerArm)!;
    expect(f.row.power).toBe(raw.powerBenefit);
    const p = justification({ ...META, scenario: s, result: r });
    expect(p).toMatch(/power to show benefit/);
    expect(p).toContain(pctFixed(raw.powerBenefit));
  });

  it('one-sided: plain power', () => {
    const { s, r } = quick(trialJson('t25fw-edss6', (j) => (j.analysis = { test: 'welch', alpha: 0.025, sides: 1 })), [10, 20], 300);
    expect(headlineMeasure(s)).toMatchObject({ benefit: false, word: 'power' });
    expect(justification({ ...META, scenario: s, result: r })).not.toContain('power to show benefit');
  });
});

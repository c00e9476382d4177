import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { targetSentence } from '../../../src/core/report/targetSentence.ts';
import { justification } from '../../../src/core/report/justification.ts';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { plannedDirection } from '../../../src/core/effects/plannedDirection.ts';
import { toChartData } from '../../../src/lib/results/toChartData.ts';

function valid(input: unknown) {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v;
}
const edss = JSON.parse(readFileSync('static/scenarios/edss-plus-responders.json', 'utf8'));
const base = {
  endpoint: { type: 'continuous' },
  arms: [{ label: 'Placebo', mean: 10, sd: 2 }, { label: 'Drug', mean: 11, sd: 2 }],
  analysis: { test: 'welch', alpha: 0.05, sides: 2 },
  design: { nPerArm: [20, 40] },
  simulation: { sims: 500, seed: 's' },
};
const favour = (w: string[]) => w.filter((x) => x.startsWith('The planned effect of'));

describe('a planned effect that is zero or favours the control', () => {
  it('EDSS Plus (33% vs 37% responders) is warned about, in words, and gets no n for the target', () => {
    const v = valid({ ...edss, simulation: { sims: 1000, seed: 'x' }, design: { ...edss.design, nPerArm: [27, 100, 300] } });
    expect(favour(v.warnings)).toEqual([
      "The planned effect of MSC-NP favours Saline (33% vs 37% responders): a larger trial only makes a significant result in Saline's favour " +
        "more likely, so no sample size for the target power is given. Plan on the smallest difference in the treatment's favour worth detecting.",
    ]);
    const r = simulate(v.scenario);
    const sentence = targetSentence(v.scenario, r.rows, 0.8);
    expect(sentence).toBe('The planned effect of MSC-NP favours Saline, so a larger trial cannot give it power to show benefit: no sample size is given.');
    expect(sentence).not.toMatch(/[Ww]iden/);
    expect(justification({ scenario: v.scenario, result: r, engineVersion: '1', date: '2026-12-04', baseUrl: '' })).toContain(
      'For MSC-NP vs Saline, the planned effect of MSC-NP favours Saline, so a larger trial cannot give it power to show benefit',
    );
    const chart = toChartData(v.scenario, r.rows);
    expect(chart.marks).toEqual([]);
    expect(chart.yLabel).toBe('Power to show benefit');
    expect(chart.series[0].points.map((p) => p.power)).toEqual(r.rows.map((x) => x.powerBenefit));
    expect(r.rows[2].power).toBeGreaterThan(0.1); // plain two-sided power grows with n: power to show harm
    expect(r.rows[2].powerBenefit).toBeLessThan(0.002);
  });

  it('zero effect: warned as zero; lower-is-better and lower-bound bases follow the direction', () => {
    const zero = valid({ ...base, arms: [base.arms[0], { label: 'Drug', mean: 10, sd: 2 }] });
    expect(favour(zero.warnings)[0]).toMatch(/^The planned effect of Drug is zero \(mean 10 vs 10\): no sample size gives it power to show benefit/);
    expect(favour(valid(base).warnings)).toEqual([]);
    const lower = valid({ ...base, endpoint: { type: 'continuous', direction: 'lower-is-better' } });
    expect(favour(lower.warnings)[0]).toMatch(/^The planned effect of Drug favours Placebo \(mean 11 vs 10\)/);
    const bound = valid({ ...base, effect: { basis: 'lower-bound', confidence: 0.9 } });
    expect(favour(bound.warnings)[0]).toMatch(/^The planned effect of Drug favours Placebo after the lower-bound basis/);
    expect(plannedDirection(valid(base).scenario)).toEqual([0, 1]);
  });

  it('Mann–Whitney on a timed walk judges the direction by P(treatment better), not by the mean', () => {
    // Same mean % improvement (0), but the placebo's wider log-normal spread puts its median at a 14%
    // improvement against the drug's 2%: P(drug better) < ½, so Mann–Whitney's effect favours placebo.
    const arms = [{ label: 'Placebo', mean: 0, sd: 60 }, { label: 'Drug', mean: 0, sd: 20 }];
    const walk = { ...base, endpoint: { type: 'timed-walk' }, arms };
    expect(plannedDirection(valid({ ...walk, analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 } }).scenario)[1]).toBe(-1);
    expect(plannedDirection(valid(walk).scenario)[1]).toBe(0);
  });
});

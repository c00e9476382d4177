import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ModStep } from '../../../../src/core/mcpmod/fit/modStep.ts';
import { fitModelOf } from '../../../../src/core/mcpmod/fit/types.ts';
import type { CandidateModel } from '../../../../src/core/mcpmod/types.ts';

interface AveCase {
  name: string;
  candidates: CandidateModel[];
  Delta: number;
  direction: 'increasing' | 'decreasing';
  data: { doses: number[]; m: number[]; mean: number[]; ss: number[] };
  significant: string[] | string;
  weights: Record<string, number>;
  tdPerModel: Record<string, number | 'NA'>;
  tdAverage: number | 'NA';
}
const fixture: { cases: AveCase[] } = JSON.parse(readFileSync(new URL('../../../fixtures/mcpmodFit/aveAic.json', import.meta.url), 'utf8'));

// DoseFinding 1.0.3, MCPMod(selModel = "aveAIC") and ?MCPMod's averaged estimate doseEst %*% selMod (make_aveaic_fixtures.R).
describe('"average": the AIC-weighted mean of the models\' TDs, as DoseFinding\'s aveAIC', () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const names = ([] as string[]).concat(c.significant);
      const significant = c.candidates.map((m) => (names.includes(fitModelOf(m)) ? 1 : 0));
      const { doses } = c.data;
      const step = new ModStep({ doses, candidates: c.candidates, choice: 'average', relevantEffect: c.Delta, sign: c.direction === 'decreasing' ? -1 : 1 });
      const td = step.run(c.data, significant);
      step.fits.forEach((f, j) => expect(Math.abs(step.weights[j] - (c.weights[f.model] ?? 0)), `${f.model} weight`).toBeLessThan(1e-7));
      const want = c.tdAverage === 'NA' ? NaN : c.tdAverage;
      // Stride reads a TD̂ only within the doses the trial can show: R's average past the top dose is none here.
      if (!(want <= Math.max(...doses))) expect(td).toBeNaN();
      else expect(Math.abs(td - want) / want, `TD ${td} vs ${want}`).toBeLessThan(1e-6);
    });
  }

  it('the fixtures cover a complete average, a model without a TD, and an average past the top dose', () => {
    const kinds = fixture.cases.map((c) => (c.tdAverage === 'NA' ? 'na' : c.tdAverage > Math.max(...c.data.doses) ? 'past' : 'in'));
    expect(new Set(kinds)).toEqual(new Set(['in', 'na', 'past']));
  });
});

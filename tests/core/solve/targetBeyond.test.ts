import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { targetSentence } from '../../../src/core/report/targetSentence.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { solveN } from '../../../src/core/solve/solveN.ts';

describe('targetSentence beyond the grid', () => {
  const json = JSON.parse(readFileSync('static/scenarios/t25fw-edss6.json', 'utf8'));
  const r = validateScenario({ ...json, design: { ...json.design, nPerArm: [6, 8] }, simulation: { sims: 2000, seed: 'msc-np' } });
  if (!r.ok) throw new Error('invalid');
  const s = r.scenario;
  const rows = simulate(s).rows;

  it("gives the search's answer instead of 'widen the range of n', with the closed form and why it differs", () => {
    const solved = solveN(s, 0.8);
    const text = targetSentence(s, rows, 0.8, solved);
    const x = solved.solution!;
    expect(text).not.toMatch(/Widen/);
    expect(text).toContain(`Searched beyond the grid (simulation on common random numbers, started at the closed form): ${x.nPerArm} per arm reach it`);
    expect(text).toContain(x.closedFormNote);
    expect(x.closedFormNote).toMatch(/skewed/);
  });

  it('says when it is still searching or failed; without a search the old advice stays', () => {
    expect(targetSentence(s, rows, 0.8, 'searching')).toMatch(/Searching beyond the grid…$/);
    expect(targetSentence(s, rows, 0.8, 'failed')).toMatch(/did not finish; widen the range of n\.$/);
    expect(targetSentence(s, rows, 0.8)).toMatch(/Widen the range of n\.$/);
  });
});

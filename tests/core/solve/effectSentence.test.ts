import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { effectSentence } from '../../../src/core/solve/effectSentence.ts';

const load = (f: string) => {
  const v = validateScenario(JSON.parse(readFileSync(`static/scenarios/${f}`, 'utf8')));
  if (!v.ok) throw new Error(f);
  return v.scenario;
};

describe('effectSentence', () => {
  it('states the difference with its unit: percentage points of % improvement for a timed walk', () => {
    const text = effectSentence(load('t25fw-edss6.json'), 'MSC-NP', 99.94, 1.72, 0.8, 0.004, 6);
    expect(text).toBe(
      'At n = 6 per arm the smallest difference (MSC-NP − control) detected with 80.0% power to show benefit (MCSE 0.4%) is 99.9 percentage points, 1.72× the planned difference.',
    );
  });

  it('states a difference in rates in percentage points, not as a proportion', () => {
    const text = effectSentence(load('edss-plus-responders.json'), 'MSC-NP', 0.2512, 2.5, 0.8, 0.004, 100);
    expect(text).toContain('is 25.1 percentage points, 2.50×');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trendPowerAt } from '../../../src/core/mcpmod/fit/index.ts';
import { runnerFor } from '../../../src/core/run/runners.ts';
import { trendNJob } from '../../../src/core/run/trendNJob.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { trendNSentence } from '../../../src/core/report/trendNSentence.ts';
import { trendClosedFormN, trendCompleters, trendPowerOptions } from '../../../src/core/solve/trendClosedFormN.ts';
import { solveTrend } from '../../../src/core/solve/solveTrend.ts';

function scenario(extra: Record<string, unknown> = {}, sd = 1) {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.5 } },
    arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: i === 4 ? sd : 1, ...(i === 0 ? { mean: 0 } : {}) })),
    analysis: { test: 'student', alpha: 0.05, sides: 1 },
    design: { nPerArm: [20] },
    simulation: { sims: 100, seed: 'trend-n' },
    trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }] },
    ...extra,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
}

describe("trendClosedFormN: the trend view's n for the target, closed form only", () => {
  it('on the shipped timed-walk dose study: refused, saying it needs a normal endpoint and why a timed walk is not one', () => {
    const file = JSON.parse(readFileSync(new URL('../../../static/scenarios/dose-finding-t25fw.json', import.meta.url), 'utf8'));
    const v = validateScenario(file);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const a = trendClosedFormN(v.scenario, 0.8);
    expect(a.nPerArm).toBeNull();
    expect(trendNSentence(a, [])).toBe(
      'No closed-form n for the trend test: it needs a normal endpoint (endpoint type "continuous"; the closed form assumes normal outcomes, and a timed walk\'s % change is skewed). The simulated curve is the answer here.',
    );
  });

  it('is the smallest n whose closed-form power (powMCT) reaches the target, at the expected completers', () => {
    const s = scenario({ design: { nPerArm: [20], dropout: 0.1 } });
    const a = trendClosedFormN(s, 0.8);
    const n = a.nPerArm!;
    const o = trendPowerOptions(s);
    expect(trendCompleters(s, 50)).toEqual([45, 45, 45, 45, 45]);
    expect(trendPowerAt(o, trendCompleters(s, n)).power).toBeGreaterThanOrEqual(0.8);
    expect(trendPowerAt(o, trendCompleters(s, n - 1)).power).toBeLessThan(0.8);
    expect(a.power).toBeCloseTo(trendPowerAt(o, trendCompleters(s, n)).power, 3);
    expect(a.refusal).toBeNull();
    // the same n as the CLI's --solve-n 0.8 --solve-on trend
    expect(solveTrend(s, 0.8).solution).toMatchObject({ nPerArm: n, closedFormPower: a.power });
  }, 30_000); // a few exact multivariate-t evaluations, ~0.3 s each on a busy core

  it('runs as a worker job and says why when the closed form does not apply', () => {
    const s = scenario({}, 2);
    const chunk = runnerFor('trendN', { scenario: s, target: 0.8 })('n');
    expect(chunk).toMatchObject({ nPerArm: null, refusal: expect.stringMatching(/same SD in every arm/) });
    const m = trendNJob.merger({ scenario: s, target: 0.8 });
    expect(m.result()).toBeNull();
    m.add(chunk as ReturnType<typeof trendClosedFormN>);
    expect(m.trialsDone).toBe(1);
    expect(trendNJob.check({ scenario: s, target: 1.2 })).toEqual(['target power must be in (0, 1), got 1.2']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { interimNotice } from '../../src/core/report/interimNotice.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { scenarioHash, startHarness, waitFor, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('interim analyses in the app', () => {
  it("shows the group-sequential notice with the engine's bounds and stopping chances", async () => {
    const s = {
      name: 'Two looks',
      endpoint: { type: 'continuous' },
      arms: [{ label: 'Control', mean: 0, sd: 1 }, { label: 'Drug', mean: 0.5, sd: 1 }],
      analysis: { test: 'welch', alpha: 0.05, sides: 2 },
      design: { nPerArm: { from: 40, to: 100, step: 20 }, targetPower: 0.8 },
      simulation: { sims: 1000, seed: 'gs-app' },
      interim: { informationRates: [0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0 } },
    };
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const expected = interimNotice(v.scenario, simulate(v.scenario))!;
    const page = await h.open(scenarioHash(s));
    await waitFor(page);
    const notice = page.locator('[data-testid="interim-notice"]');
    expect(await notice.locator('strong').textContent()).toBe(expected.title);
    expect(await notice.locator('li').allTextContents()).toEqual(expected.lines);
    expect(h.errors).toEqual([]);
  });
});

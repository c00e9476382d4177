import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { interimNotice } from '../../src/core/report/interimNotice.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { scenarioHash, sharedTab, startHarness, trialScenario, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** One tab for both: the second follows its link in the first's (the interim panel must go), a run but no page load. */
const tab = sharedTab(() => h);

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
    const result = simulate(v.scenario);
    const expected = interimNotice(v.scenario, result)!;
    const page = await tab(scenarioHash(s));
    const notice = page.locator('[data-testid="interim-notice"]');
    expect(await notice.locator('strong').textContent()).toBe(expected.title);
    expect(await notice.locator('li').allTextContents()).toEqual(expected.lines);
    // The lazily loaded panel: the boundary chart's efficacy dots are the engine's bounds, the futility z at look 1 only.
    const panel = page.locator('[data-testid="interim-panel"]');
    await untilSelector(page, '[data-testid="interim-panel"]', { timeout: 20_000 });
    const dots = panel.locator('[data-testid="interim-bounds-chart"] circle[data-y]');
    const z = await dots.evaluateAll((els) => els.map((e) => [e.getAttribute('data-series') ?? '', Number(e.getAttribute('data-y'))] as const));
    expect(z.filter(([series]) => series.startsWith('Efficacy')).map(([, y]) => y)).toEqual(result.interim!.criticalZ);
    expect(z.filter(([series]) => series.startsWith('Futility')).map(([, y]) => y)).toEqual([0]);
    expect(await panel.locator('[data-testid="interim-expected-n-chart"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="interim-stopping-chart"] [data-bar]').count()).toBe(3);
    for (const id of ['interim-bounds-svg', 'interim-bounds-png', 'interim-bounds-csv', 'interim-stopping-csv']) expect(await panel.locator(`[data-testid="${id}"]`).count()).toBe(1);
    expect(h.errors).toEqual([]);
  });

  it('shows no interim panel for a single-analysis scenario', async () => {
    const page = await tab(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await untilSelector(page, '[data-testid="results-table"], table', { timeout: 20_000 });
    expect(await page.locator('[data-testid="interim-panel"]').count()).toBe(0);
    expect(await page.locator('[data-testid="interim-notice"]').count()).toBe(0);
    expect(h.errors).toEqual([]);
  });
});

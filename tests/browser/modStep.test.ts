import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { scenarioHash, trialScenario, startHarness, untilSelector, waitFor, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the Mod step in the app', () => {
  it("a scenario with trendTest.estimate: the trend table shows the engine's chance of estimating the target dose", async () => {
    const s = trialScenario('dose-finding-t25fw.json', 500) as ReturnType<typeof trialScenario> & { design: { nPerArm: unknown }; trendTest?: object };
    s.design.nPerArm = [20, 60];
    s.trendTest = { ...(s.trendTest ?? {}), estimate: { model: 'aic', tolerance: 0.3 } };
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const sim = simulate(v.scenario);
    const page = await h.open(scenarioHash(s));
    await waitFor(page);
    await untilSelector(page, '[data-testid="trend-results"] tbody [data-td]'); // the dose panel is loaded lazily
    const td = await page.$$eval('[data-testid="trend-results"] tbody [data-td]', (els) => els.map((e) => e.getAttribute('data-td')));
    expect(td).toEqual(sim.trend!.map((t) => String(t.tdEstimated)));
    await expect(page.textContent('[data-testid="trend-results"] thead')).resolves.toContain('Target dose estimated (±30%)');
    expect(h.errors).toEqual([]);
    await page.close();
  });
});

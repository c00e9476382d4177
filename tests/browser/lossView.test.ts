import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { runLocally } from '../../src/core/explain/runLocally.ts';
import { lossViewParams } from '../../src/core/explain/lossView.ts';
import { lossCsv } from '../../src/core/report/lossCsv.ts';
import { defaultSensitivityN } from '../../src/core/report/sensitivityScenarios.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { download, scenarioHash, startHarness, trialScenario, waitFor, until, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const done = (page: import('playwright-core').Page) => untilSelector(page, '[data-testid="loss-view"][data-state="done"]', { timeout: 45_000 });

describe('patients who stop walking (planner view)', () => {
  it("shows each strategy's power from the workers, exactly a local run's numbers, and follows its inputs", async () => {
    const s = trialScenario('t25fw-edss6.json', 500);
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const n = defaultSensitivityN(v.scenario, simulate(v.scenario).rows);
    const expected = (ratio: number) => {
      const p = lossViewParams(v.scenario, { ratio, threshold: 20, n });
      return lossCsv(p, runLocally('loss-of-ambulation', p)) + '\n';
    };

    const page = await h.open(scenarioHash(s));
    await waitFor(page);
    await done(page);
    const chart = page.locator('[data-testid="loss-chart"]');
    expect(await chart.locator('path[data-series]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.textContent('[data-testid="loss-text"]')).not.toContain('…');
    expect((await download(page, 'loss-csv')).bytes.toString()).toBe(expected(1));

    await page.selectOption('[data-testid="loss-ratio"]', { label: 'none (treatment prevents it)' });
    // The axis names the shown run's ratio: it changes with the new run's first numbers.
    await until(
      page,
      () => {
        const view = document.querySelector('[data-testid="loss-view"]');
        return view?.getAttribute('data-state') === 'done' && view.querySelector('[data-testid="loss-chart"]')?.textContent?.includes('MSC-NP: nobody');
      },
      undefined,
      45_000,
    );
    expect((await download(page, 'loss-csv')).bytes.toString()).toBe(expected(0));

    await page.fill('[data-testid="loss-threshold"]', '120');
    await expect(page.textContent('[data-testid="field-error"][data-for="loss-threshold"]')).resolves.toBe('Responder threshold must be a number from 0% to 95%, got 120%');
    expect(h.errors).toEqual([]);
    await page.close();
  });
});

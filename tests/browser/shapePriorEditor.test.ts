import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioHash, sharedTab, trialScenario, startHarness, waitFor, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** One tab for both tests: the second follows its link in the first's (a run, not a page load). */
const tab = sharedTab(() => h);

describe('the shape prior in the editor', () => {
  it('on, weights summing to 1: the run gives the heatmap an Assurance choice; a bad sum names trendTest.shapePrior and keeps the text', async () => {
    // Three sample sizes: the test is about the editor and the heatmap's choice, not the grid.
    const s = trialScenario('dose-finding-t25fw.json', 500);
    const page = await tab(scenarioHash({ ...s, design: { ...(s.design as object), nPerArm: [10, 30, 60] } }));
    expect(await page.locator('[data-testid="shape-weight"]').count()).toBe(0);
    expect(await page.locator('[data-testid="heatmap-measure"]').count()).toBe(0); // no prior yet: power only
    await page.check('[data-field="trendTest.shapePrior.on"]');
    const on = await page.$$eval('[data-testid="trend-row"]', (els) => els.flatMap((e, j) => (e.getAttribute('data-on') === 'true' ? [j] : [])));
    expect(on.length).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="shape-weight"]').count()).toBe(on.length);
    const weight = (j: number) => `[data-field="trendTest.rows[${j}].weight"]`;
    await page.fill(weight(on[0]), '0.7');
    await page.fill(weight(on[1]), '0.3');
    await expect(page.textContent('[data-testid="shape-prior-sum"]')).resolves.toContain('Sum of the weights: 1 ');
    await untilSelector(page, '[data-testid="heatmap-measure"]', { timeout: 60_000 });
    await waitFor(page);
    await page.locator('[data-testid="trend-section"]').screenshot({ path: join(tmpdir(), 'shape-prior-trend-section.png') }); // for a look; not compared

    await page.fill(weight(on[1]), '0.2');
    const msg = page.locator('[data-testid="field-error"][data-for="trendTest.shapePrior"]');
    await msg.waitFor();
    expect(await msg.textContent()).toMatch(/^Shape prior \(trendTest\.shapePrior\) must sum to 1 .*got a sum of 0\.9$/);
    expect(await page.inputValue(weight(on[1]))).toBe('0.2');
    await untilSelector(page, '[data-testid="results"][data-stale="true"]');
    expect(h.errors).toEqual([]);
  }, 120_000);

  it('on a binary endpoint too: a loaded prior is ticked with its weights, the hint names the rates, and the heatmap offers assurance', async () => {
    const binary = {
      endpoint: { type: 'binary' },
      doseResponse: { model: 'emax', ed50: 5, reference: { dose: 20, effect: 0.25 }, unit: 'mg' },
      arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.2 } : {}) })),
      analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
      design: { nPerArm: [40, 80] },
      simulation: { sims: 200, seed: 'binary-shapes' },
      trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }], shapePrior: [0.75, 0.25] },
    };
    const page = await tab(scenarioHash(binary));
    expect(await page.isChecked('[data-field="trendTest.shapePrior.on"]')).toBe(true);
    expect(await page.textContent('[data-testid="shape-prior"]')).toContain('The response rates follow each shape');
    expect(await page.inputValue('[data-field="trendTest.rows[0].weight"]')).toBe('0.75');
    await untilSelector(page, '[data-testid="heatmap-measure"]', { timeout: 60_000 });
    expect(h.errors).toEqual([]);
  }, 120_000);
});

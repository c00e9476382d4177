/** Issue 14 item 2 in Chromium: the Validation page opens from the footer and shows the report's tables. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioHash, startHarness, trialScenario, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h?.close();
});

describe('Validation page', () => {
  it('opens from the footer link and shows every method with its reference, tolerance and result', async () => {
    // the planner on a small run: the page under test is the validation page, not the default 10,000-trial run
    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await page.click('[data-testid="footer-validation"]');
    await untilSelector(page, '[data-testid="validation-table"]');
    expect(page.url()).toContain('#validation');
    expect(await page.locator('h1').innerText()).toBe('Validation');
    const head = await page.locator('[data-testid="validation-table"] thead').first().innerText();
    for (const col of ['Method', 'Reference', 'Tolerance', 'Result']) expect(head).toContain(col);
    const text = await page.locator('[data-testid="validation-page"]').innerText();
    for (const method of ['Noncentral t', 'Mann–Whitney', 'Hasler–Hothorn', 'Hochberg', 'Assurance', 'rpact']) expect(text).toContain(method);
    expect(await page.locator('[data-testid="validation-table"] tbody tr').count()).toBeGreaterThan(40);
    // Code spans are rendered as elements from text, not as markup.
    expect(await page.locator('[data-testid="validation-table"] code').count()).toBeGreaterThan(40);
    await page.goBack();
    await untilSelector(page, '[data-testid="results"]');
    expect(h.errors).toEqual([]);
    await page.close();
  }, 120_000);
});

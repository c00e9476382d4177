/** Issue 13 in Chromium: the loss-of-ambulation seed variant in the editor and the estimand in the results' notices. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioHash, startHarness, trialScenario, waitFor, until, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h?.close();
});

describe('loss of ambulation', () => {
  it('shows each arm’s loss badged assumed, the time cap and the strategy, and states the estimand', async () => {
    const s = trialScenario('t25fw-edss6-loss.json', 500);
    const page = await h.open(scenarioHash({ ...s, design: { ...(s.design as object), nPerArm: [10, 20] } }));
    await waitFor(page);
    const badge = (field: string) => page.locator(`.field:has([data-field="${field}"]) .badge`).first().innerText();
    expect([await page.inputValue('[data-field="arms[0].lossOfAmbulation"]'), await page.inputValue('[data-field="arms[1].lossOfAmbulation"]')]).toEqual(['0.08', '0.08']);
    expect(await badge('arms[1].lossOfAmbulation')).toBe('assumed');
    expect(await page.inputValue('[data-field="endpoint.timeCap"]')).toBe('180');
    expect(await page.inputValue('[data-field="analysis.intercurrent"]')).toBe('worst-rank');
    const warnings = await page.textContent('[data-testid="result-warnings"]');
    expect(warnings).toContain('counts as worse than every patient who walked');
    expect(warnings).toContain('equal mean changes are not a null for it');
    await page.selectOption('[data-field="analysis.test"]', 'welch');
    await page.selectOption('[data-field="analysis.intercurrent"]', 'exclude');
    expect(await page.textContent('[data-testid="intercurrent-hint"]')).toContain('biased when the loss differs between arms');
    // The notices follow the new scenario once it is valid and run.
    await until(page, () => document.querySelector('[data-testid="result-warnings"]')?.textContent?.includes('changes the question to one about patients who can still walk'), undefined, 45_000);
    expect(h.errors).toEqual([]);
    await page.close();
  }, 120_000);
});

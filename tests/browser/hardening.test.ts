import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bombLink } from '../core/share/bombLink.ts';
import { scenarioHash, sharedTab, trialScenario, startHarness, waitFor, until, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const notice = '[data-testid="notice"]';

/** One tab for the tests that load a link and then act in it: each follows its link there (a run, not a page load). */
const tab = sharedTab(() => h);

describe('hostile or careless input never kills the app or loses the scenario', () => {
  it('a decompression-bomb link gives the notice; the app still runs and loads the next link', async () => {
    const before = h.errors.length;
    const page = await h.open(`#s=1.${bombLink(33_000)}`);
    // The default scenario's 10,000-trial run is not awaited; the next link's run below shows the app still runs.
    await expect(page.locator(notice).textContent()).resolves.toContain('expands beyond 200000 characters');
    expect(await page.inputValue('[data-field="arms[1].label"]')).toBe('MSC-NP');
    const next = trialScenario('sixmwt-edss6.json', 500);
    await page.evaluate((hash) => (location.hash = hash), scenarioHash(next));
    await until(page, () => (document.querySelector('[data-field="arms[0].mean"]') as HTMLInputElement)?.value === '-32.1');
    await waitFor(page);
    expect(h.errors.slice(before)).toEqual([]);
    await page.close();
  });

  it('a link with an unknown key is refused, listing it, and the scenario on screen is kept', async () => {
    const page = await tab(scenarioHash(trialScenario('sixmwt-edss6.json', 500)));
    const s = trialScenario('t25fw-edss6.json', 500);
    (s as unknown as { design: Record<string, unknown> }).design.dropuot = 0.3;
    await page.evaluate((hash) => (location.hash = hash), scenarioHash(s));
    await expect(page.locator(notice).textContent()).resolves.toContain('design.dropuot is not a known field (did you mean "dropout"?)');
    expect(await page.inputValue('[data-field="arms[0].mean"]')).toBe('-32.1');
  });

  it('a file that is not UTF-8 is refused, naming the problem; a UTF-8 file with a BOM loads', async () => {
    const page = await tab(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    const text = JSON.stringify(trialScenario('sixmwt-edss6.json', 500)).replace('"Saline"', '"Sal\u00efne"');
    await page.setInputFiles('[data-testid="load-json-input"]', { name: 'latin1.json', mimeType: 'application/json', buffer: Buffer.from(text, 'latin1') });
    // The file is read asynchronously: wait for its notice (the link's own notice may be on screen first).
    await page.locator(notice, { hasText: /latin1\.json: is not valid UTF-8 text/ }).waitFor({ timeout: 10_000 });
    expect(await page.inputValue('[data-field="arms[1].label"]')).toBe('MSC-NP');
    await page.setInputFiles('[data-testid="load-json-input"]', {
      name: 'bom.json',
      mimeType: 'application/json',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    });
    await until(page, () => (document.querySelector('[data-field="arms[0].label"]') as HTMLInputElement)?.value === 'Salïne');
  });

  it('saving over an existing name asks first; keeping the saved one changes nothing', async () => {
    const page = await tab(scenarioHash(trialScenario('sixmwt-edss6.json', 500)));
    await page.fill('[data-testid="save-name"]', 'Plan B');
    await page.click('[data-testid="save-scenario"]');
    await expect(page.locator('[data-testid="saved-list"]').textContent()).resolves.toContain('Plan B');
    const stored = await page.evaluate(() => localStorage.getItem('stride.saved.Plan B'));
    await page.fill('[data-field="arms[0].mean"]', '-10');
    await page.fill('[data-testid="save-name"]', ' Plan B ');
    await page.click('[data-testid="save-scenario"]');
    await expect(page.locator('[data-testid="save-confirm"]').textContent()).resolves.toContain('“Plan B” is already saved');
    await page.click('[data-testid="save-cancel"]');
    expect(await page.locator('[data-testid="save-confirm"]').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('stride.saved.Plan B'))).toBe(stored);
    await page.click('[data-testid="save-scenario"]');
    await page.click('[data-testid="save-replace"]');
    const replaced = await page.evaluate(() => JSON.parse(localStorage.getItem('stride.saved.Plan B') ?? 'null'));
    expect(replaced.scenario.arms[0].mean).toBe(-10);
    expect(await page.locator('[data-testid="saved-load"]').count()).toBe(1);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

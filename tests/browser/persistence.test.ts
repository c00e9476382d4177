import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { scenarioHash, sharedTab, trialScenario, startHarness, tableCells, waitFor, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** One tab for the three links: the first opens it, the others follow their link in it, as a reader pasting another link does. */
const linkTab = sharedTab(() => h);

describe('links and saved scenarios', () => {
  for (const file of ['t25fw-edss6.json', 'sixmwt-edss6.json', 'edss-plus-responders.json']) {
    it(`#scenario= with ${file} gives exactly the engine's (command line's) numbers`, async () => {
      const s = trialScenario(file, 500); // exact comparison: any trial count checks it
      const v = validateScenario(s);
      if (!v.ok) throw new Error(JSON.stringify(v.errors));
      const expected = simulate(v.scenario).rows.map((r) => ({ arm: r.arm, n: r.nPerArm, power: String(r.power) }));
      const page = await linkTab(scenarioHash(s));
      expect(await page.inputValue('[data-field="name"]')).toBe(s.name);
      expect(await tableCells(page)).toEqual(expected);
    });
  }

  it('a bad link is reported and the app still opens on the default scenario', async () => {
    const page = await h.open('#scenario=' + encodeURIComponent('{"arms": "<img src=x onerror=alert(1)>"}'));
    // The default scenario's 10,000-trial run is not awaited: this test checks the notice and the form, not its numbers.
    await untilSelector(page, '[data-testid="run-status"]');
    await expect(page.locator('[data-testid="notice"]').textContent()).resolves.toContain('arms must be a list of arms');
    expect(await page.locator('[data-testid="notice"] img').count()).toBe(0);
    expect(await page.inputValue('[data-field="arms[1].label"]')).toBe('MSC-NP');
    await page.close();
  });

  it('a saved scenario survives a reload and loads back', async () => {
    const page = await h.open(scenarioHash(trialScenario('sixmwt-edss6.json', 1000)));
    await waitFor(page);
    await page.fill('[data-testid="save-name"]', 'Walk plan A');
    await page.click('[data-testid="save-scenario"]');
    await expect(page.locator('[data-testid="saved-list"]').textContent()).resolves.toContain('Walk plan A');
    await page.goto(h.url); // a fresh visit with no link: the default scenario (its 10,000-trial run is not awaited)
    await untilSelector(page, '[data-field="design.nPerArm.to"]');
    expect(await page.inputValue('[data-field="design.nPerArm.to"]')).toBe('40');
    await page.click('[data-testid="saved-load"]:has-text("Walk plan A")');
    await waitFor(page);
    expect(await page.inputValue('[data-field="arms[0].mean"]')).toBe('-32.1');
    expect(await page.inputValue('[data-field="simulation.sims"]')).toBe('1000');
    await page.close();
  });

  it('a corrupt or outdated saved entry is reported and skipped; the app still opens', async () => {
    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await waitFor(page);
    await page.evaluate(() => {
      localStorage.setItem('stride.saved.broken', '{not json');
      localStorage.setItem('stride.saved.old', JSON.stringify({ format: 0, name: 'old', scenario: {} }));
      localStorage.setItem('stride.saved.bad-sd', JSON.stringify({ format: 1, name: 'bad', scenario: { arms: [] } }));
    });
    await page.reload();
    await waitFor(page);
    const problems = await page.locator('[data-testid="saved-problems"]').textContent();
    expect(problems).toContain('3 saved entries were skipped');
    expect(problems).toContain('stride.saved.broken: not valid JSON');
    expect(problems).toContain('stride.saved.old: saved in format 0');
    expect(problems).toContain('stride.saved.bad-sd');
    await expect(page.locator('[data-testid="saved-list"]').textContent()).resolves.toContain('Walk plan A');
    expect((await tableCells(page)).length).toBeGreaterThan(0);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

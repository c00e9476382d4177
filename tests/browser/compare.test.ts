import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, scenarioHash, settled, trialScenario, startHarness, waitFor, until, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Page = import('playwright-core').Page;

async function save(page: Page, name: string) {
  await page.fill('[data-testid="save-name"]', name);
  await page.click('[data-testid="save-scenario"]');
  await until(page, (n) => document.querySelector('[data-testid="saved-list"]')?.textContent?.includes(n), name);
}

const cell = (page: Page, design: string, row: string) => page.textContent(`[data-testid="compare-table"] td[data-design="${design}"][data-row="${row}"]`);

/** The T25FW scenario's follow-up panels above the comparison: it is clicked once they are done (harness `settled`). */
const FOLLOW_UPS = ['sensitivity', 'loss-view'];

describe('saved designs compared side by side', () => {
  it('saves designs with their results and compares assumptions, n for target power and curves', async () => {
    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await waitFor(page);
    await save(page, 'A as reported');
    await expect(page.textContent('section:has(#saved-h) [role="status"]')).resolves.toBe('Saved “A as reported” with its results.');
    await page.selectOption('[data-field="effect.basis"]', 'shrunk');
    await page.check('[data-field="effectPrior"]');
    await untilSelector(page, '[data-testid="power-chart"] path[data-assurance-arm]');
    await waitFor(page);
    await save(page, 'B shrunk with prior');
    await expect(page.textContent('[data-testid="compare"]')).resolves.toContain('Choose 2 to 4 designs');
    await settled(page, FOLLOW_UPS);
    await page.check('[data-testid="compare-pick"][data-name="A as reported"]');
    await page.check('[data-testid="compare-pick"][data-name="B shrunk with prior"]');
    await untilSelector(page, '[data-testid="compare-chart"]');
    expect(await page.locator('[data-testid="compare-chart"] path[data-arm]').count()).toBe(2);
    await expect(cell(page, 'A as reported', 'Planned effect')).resolves.toContain('the observed difference');
    await expect(cell(page, 'A as reported', 'Planned effect')).resolves.toContain('probably inflated');
    await expect(cell(page, 'B shrunk with prior', 'Planned effect')).resolves.toContain('shrunk ×0.5');
    await expect(cell(page, 'A as reported', 'n for target power')).resolves.toMatch(/^80%: \d+ per arm \(\d+\.\d%\)/);
    await expect(cell(page, 'A as reported', 'n for target assurance')).resolves.toBe('no design prior');
    await expect(cell(page, 'B shrunk with prior', 'n for target assurance')).resolves.toMatch(/^80%: (\d+ per arm|not reached)/);
    await expect(cell(page, 'B shrunk with prior', 'Simulation')).resolves.toBe('500 trials per n, seed "msc-np"');

    // A saved design survives a reload with its results.
    await page.reload();
    await settled(page, FOLLOW_UPS);
    await page.check('[data-testid="compare-pick"][data-name="A as reported"]');
    await page.check('[data-testid="compare-pick"][data-name="B shrunk with prior"]');
    expect(await page.locator('[data-testid="compare-chart"] path[data-arm]').count()).toBe(2);

    const csv = csvParse((await download(page, 'compare-csv')).bytes.toString('utf8'));
    expect(csv.map((r) => r.design)).toEqual(['A as reported', 'B shrunk with prior']);
    expect(csv.columns).toContain('n for target assurance');
    const svg = (await download(page, 'compare-svg')).bytes.toString('utf8');
    expect(svg).toContain('Saved designs compared: A as reported, B shrunk with prior');
    expect(svg).toContain('seed "msc-np"');
    expect(h.errors).toEqual([]);
    await page.close();
  });

  it('an entry without results says "run to compare" and can be run; damaged results are noted, never shown', async () => {
    // Any page of the app's origin will do to write its storage; its own run need not finish.
    const page = await h.open(scenarioHash(trialScenario('sixmwt-edss6.json', 500)));
    const s = trialScenario('sixmwt-edss6.json', 500);
    await page.evaluate((sc) => {
      localStorage.setItem('stride.saved.Old 6MWT', JSON.stringify({ format: 1, name: 'Old 6MWT', savedAt: '', scenario: sc }));
      localStorage.setItem('stride.saved.Tampered', JSON.stringify({ format: 1, name: 'Tampered', savedAt: '', scenario: sc, results: { key: 'x', rows: [] } }));
    }, s);
    await page.reload();
    await waitFor(page);
    await page.check('[data-testid="compare-pick"][data-name="Old 6MWT"]');
    await page.check('[data-testid="compare-pick"][data-name="Tampered"]');
    await expect(cell(page, 'Old 6MWT', 'n for target power')).resolves.toContain('run to compare');
    await expect(cell(page, 'Tampered', 'n for target power')).resolves.toContain('Saved results not used: they belong to an earlier version of this scenario.');
    expect(await page.locator('[data-testid="compare-chart"]').count()).toBe(0);
    await page.click('[data-testid="compare-table"] td[data-design="Old 6MWT"] [data-testid="compare-run"]');
    await untilSelector(page, '[data-testid="compare-chart"] path[data-arm="Old 6MWT · MSC-NP"]');
    await expect(cell(page, 'Old 6MWT', 'n for target power')).resolves.toMatch(/^80%: /);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

/**
 * Screenshots of the views issue 8 items 7–9 touch, for a visual check (not a test):
 *   npx tsx tests/browser/appuiScreenshots.ts [outDir]
 * explanation section 1 (as run, 10% vs 60%, an empty field, a bad seed), the planner after switching
 * to the 6MWT, with an invalid input (stale results), the presets, the power and sensitivity charts,
 * and the dose study's trend-test table, at 1280×800 and 390×844.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { scenarioHash, trialScenario, startHarness, waitFor } from './harness.ts';

const out = process.argv[2] ?? '/tmp/stride-appui';
mkdirSync(out, { recursive: true });
const shot = (page: Page, sel: string, name: string) => page.locator(sel).first().screenshot({ path: join(out, `${name}.png`) });
const sectionDone = (page: Page, n: number) =>
  page.waitForSelector(`[data-testid="explain-${n}"] [data-testid="explain-status"][data-state="done"]`, { timeout: 120_000 });

const h = await startHarness();
try {
  for (const [w, vh] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    const ex = await h.open('#explain', { width: w, height: vh });
    await sectionDone(ex, 1);
    await shot(ex, '[data-testid="explain-1"]', `explain1-seed-${w}`);
    await ex.fill('[data-testid="explain-1"] [data-param="mscNpPct"]', '10');
    await ex.fill('[data-testid="explain-1"] [data-param="salinePct"]', '60');
    await ex.waitForTimeout(400);
    await sectionDone(ex, 1);
    await shot(ex, '[data-testid="explain-1"]', `explain1-10vs60-${w}`);
    await ex.fill('[data-testid="explain-1"] [data-param="salinePct"]', '');
    await ex.fill('[data-param="seed"]', '');
    await ex.waitForTimeout(300);
    await shot(ex, '[data-testid="explain-1"]', `explain1-empty-${w}`);
    await shot(ex, '.intro', `explain-seed-error-${w}`);
    await ex.close();

    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 2000)), { width: w, height: vh });
    await waitFor(page);
    await shot(page, 'section:has(#answer-h)', `power-chart-${w}`);
    await page.waitForSelector('[data-testid="sensitivity"][data-state="done"]', { timeout: 90_000 });
    await shot(page, '[data-testid="sensitivity"]', `sensitivity-${w}`);
    await shot(page, 'section:has(#presets-h)', `presets-link-${w}`);
    await page.click('[data-testid="preset-t25fw-edss6"]');
    await waitFor(page);
    await shot(page, 'section:has(#presets-h)', `presets-${w}`);
    await page.selectOption('[data-field="endpoint.type"]', '6mwt');
    await waitFor(page);
    await shot(page, 'section:has(#presets-h)', `presets-6mwt-${w}`);
    await shot(page, '[data-testid="arms-section"], section:has(#arms-h)', `arms-6mwt-${w}`).catch(() => undefined);
    await page.fill('[data-field="analysis.alpha"]', '0.9');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `stale-${w}.png`) });
    await shot(page, '[data-testid="results"]', `stale-results-${w}`);
    await page.close();

    const dose = await h.open(scenarioHash(trialScenario('dose-finding-t25fw.json', 1000)), { width: w, height: vh });
    await waitFor(dose, 'done', 90_000);
    await shot(dose, 'section:has(#answer-h)', `dose-power-chart-${w}`);
    await shot(dose, '[data-testid="trend-results"]', `trend-${w}`);
    await dose.close();
  }
  console.log(`screenshots in ${out}; page errors: ${h.errors.length ? h.errors.join(' | ') : 'none'}`);
} finally {
  await h.close();
}

/**
 * Screenshots of the built app for a visual check (not a test):
 *   npx tsx tests/browser/screenshots.ts [outDir]   → stride-1280.png, stride-1280-full.png, stride-390.png, …
 * plus the planner's views: dose study (heatmap, trend test and its editor), design prior (assurance), enrichment, sensitivity
 * the comparison of saved designs and the group-sequential panel, each at 1280×800 and 390×844.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { scenarioHash, trialScenario, startHarness, waitFor } from './harness.ts';

const out = process.argv[2] ?? '/tmp/stride-shots';
mkdirSync(out, { recursive: true });
const VIEWPORTS = [
  [1280, 800],
  [390, 844],
] as const;

/** The full page in screen-sized parts, legible when viewed one by one. */
async function parts(page: Page, name: string, w: number, vh: number) {
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; y < total; y += vh, i++)
    await page.screenshot({ path: join(out, `${name}-part${i}.png`), fullPage: true, clip: { x: 0, y, width: w, height: Math.min(vh, total - y) } });
}

const sensitivityDone = (page: Page) => page.waitForSelector('[data-testid="sensitivity"][data-state="done"]', { timeout: 90_000 });

const h = await startHarness();
try {
  for (const [w, vh] of VIEWPORTS) {
    const page = await h.open('', { width: w, height: vh });
    await waitFor(page);
    await sensitivityDone(page);
    await page.screenshot({ path: join(out, `stride-${w}.png`) });
    await page.screenshot({ path: join(out, `stride-${w}-full.png`), fullPage: true });
    if (w < 600) await parts(page, `stride-${w}`, w, vh);
    await page.locator('[data-testid="sensitivity"]').screenshot({ path: join(out, `sensitivity-${w}.png`) });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(out, `stride-${w}-print.png`), fullPage: true });
    await page.close();
  }

  const dose = trialScenario('dose-finding-t25fw.json', 2000);
  const prior = { ...trialScenario('t25fw-edss6.json', 2000), effectPrior: { type: 'normal' } };
  const enriched = {
    ...trialScenario('t25fw-edss6.json', 2000),
    enrichment: {
      strata: [
        { label: 'EDSS 3.0–5.5', share: 0.55, effect: 0 },
        { label: 'EDSS 6.0–6.5', share: 0.45, effect: 58.1, treatmentSd: 23.1 },
      ],
      enrichTo: 'EDSS 6.0–6.5',
    },
  };
  for (const [w, vh] of VIEWPORTS) {
    const page = await h.open(scenarioHash(dose), { width: w, height: vh });
    await waitFor(page, 'done', 90_000);
    await page.screenshot({ path: join(out, `doses-${w}-full.png`), fullPage: true });
    await page.locator('section:has(#doses-h)').screenshot({ path: join(out, `doses-heatmap-${w}.png`) });
    await page.locator('[data-testid="dose-section"]').screenshot({ path: join(out, `doses-editor-${w}.png`) });
    await page.locator('[data-testid="trend-section"]').screenshot({ path: join(out, `trend-editor-${w}.png`) });
    if (w < 600) await parts(page, `doses-${w}`, w, vh);
    await page.close();

    const p3 = await h.open(scenarioHash(enriched), { width: w, height: vh });
    await waitFor(p3);
    await p3.locator('[data-testid="enrichment"]').screenshot({ path: join(out, `enrichment-${w}.png`) });
    await p3.locator('[data-testid="enrichment-section"]').screenshot({ path: join(out, `enrichment-editor-${w}.png`) });
    await p3.close();

    const p2 = await h.open(scenarioHash(prior), { width: w, height: vh });
    await waitFor(p2);
    await p2.locator('section:has(#answer-h)').screenshot({ path: join(out, `assurance-${w}.png`) });
    await p2.locator('[data-testid="effect-section"]').screenshot({ path: join(out, `effect-editor-${w}.png`) });
    await p2.close();
  }

  // Two saved designs compared (saved with their results), at both sizes.
  const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 2000)));
  await waitFor(page);
  const save = async (name: string) => {
    await page.fill('[data-testid="save-name"]', name);
    await page.click('[data-testid="save-scenario"]');
  };
  await save('T25FW as reported');
  await page.selectOption('[data-field="effect.basis"]', 'shrunk');
  await page.check('[data-field="effectPrior"]');
  await page.waitForSelector('[data-testid="power-chart"] path[data-assurance-arm]');
  await waitFor(page);
  await save('T25FW halved, with prior');
  await page.check('[data-testid="compare-pick"][data-name="T25FW as reported"]');
  await page.check('[data-testid="compare-pick"][data-name="T25FW halved, with prior"]');
  await page.waitForSelector('[data-testid="compare-chart"]');
  for (const [w, vh] of VIEWPORTS) {
    await page.setViewportSize({ width: w, height: vh });
    await page.waitForTimeout(300);
    await page.locator('[data-testid="compare"]').screenshot({ path: join(out, `compare-${w}.png`) });
  }
  await page.evaluate(() => localStorage.clear());
  await page.close();

  // A two-look O'Brien–Fleming design with a non-binding futility look: the group-sequential panel.
  const gs = { ...trialScenario('t25fw-edss6.json', 2000), interim: { informationRates: [0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0 } } };
  for (const [w, vh] of VIEWPORTS) {
    const p4 = await h.open(scenarioHash(gs), { width: w, height: vh });
    await waitFor(p4, 'done', 90_000);
    const panel = p4.locator('[data-testid="interim-panel"]');
    await panel.waitFor({ timeout: 30_000 });
    await panel.screenshot({ path: join(out, `interim-${w}.png`) });
    await p4.close();
  }
  console.log(`screenshots in ${out}; page errors: ${h.errors.length ? h.errors.join(' | ') : 'none'}`);
} finally {
  await h.close();
}

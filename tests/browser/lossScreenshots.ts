/**
 * Screenshots of issue 13's views for a visual check (not a test):
 *   [LOSS_SCENARIO=t25fw-edss6-loss.json] npx tsx tests/browser/lossScreenshots.ts [outDir]   → loss-view-1280.png, loss-section-1280.png, … (and 390 px),
 * plus both figures as exported (loss-view-export.png, loss-section-export.png)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { download, downloadFrom, scenarioHash, startHarness, trialScenario, waitFor } from './harness.ts';

const out = process.argv[2] ?? '/tmp/stride-shots';
mkdirSync(out, { recursive: true });
const h = await startHarness();
try {
  for (const [w, vh] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    const page = await h.open(scenarioHash(trialScenario(process.env.LOSS_SCENARIO ?? 't25fw-edss6.json', 2000)), { width: w, height: vh });
    await waitFor(page);
    await page.waitForSelector('[data-testid="loss-view"][data-state="done"]', { timeout: 90_000 });
    await page.locator('[data-testid="loss-view"]').screenshot({ path: join(out, `loss-view-${w}.png`) });
    if (w === 1280) writeFileSync(join(out, 'loss-view-export.png'), (await download(page, 'loss-png')).bytes);
    await page.goto(h.url + '#explain');
    await page.waitForSelector('[data-testid="explain-8"] [data-testid="explain-status"][data-state="done"]', { timeout: 90_000 });
    await page.locator('[data-testid="explain-8"]').screenshot({ path: join(out, `loss-section-${w}.png`) });
    if (w === 1280) writeFileSync(join(out, 'loss-section-export.png'), (await downloadFrom(page, '[data-testid="explain-8"] [data-testid="export-png"]')).bytes);
    await page.close();
  }
  console.log(h.errors.length ? h.errors : 'no page errors');
} finally {
  await h.close();
}

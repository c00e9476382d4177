/**
 * Screenshots of the explanation page for a visual check (not a test):
 *   npx tsx tests/browser/explainScreenshots.ts [outDir]   → explain-1280.png, explain-1280-full.png, explain-390-part1.png, …
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness } from './harness.ts';

const out = process.argv[2] ?? '/tmp/stride-shots';
mkdirSync(out, { recursive: true });
const h = await startHarness();
try {
  for (const [w, vh] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    const page = await h.open('#explain', { width: w, height: vh });
    await page.waitForFunction(() => {
      const s = [...document.querySelectorAll('[data-testid="explain-status"]')];
      return s.length === 8 && s.every((e) => e.getAttribute('data-state') === 'done');
    }, undefined, { timeout: 120_000 });
    await page.screenshot({ path: join(out, `explain-${w}.png`) });
    await page.screenshot({ path: join(out, `explain-${w}-full.png`), fullPage: true });
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 1; y < total; y += vh, i++)
      await page.screenshot({ path: join(out, `explain-${w}-part${i}.png`), fullPage: true, clip: { x: 0, y, width: w, height: Math.min(vh, total - y) } });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(out, `explain-${w}-print.png`), fullPage: true });
    if (w === 1280) await page.pdf({ path: join(out, 'explain.pdf'), format: 'A4', printBackground: false }).catch(() => undefined);
    await page.close();
  }
  console.log(`screenshots in ${out}; page errors: ${h.errors.length ? h.errors.join(' | ') : 'none'}`);
} finally {
  await h.close();
}

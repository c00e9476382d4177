/**
 * Screenshots of the built app for a visual check (not a test):
 *   npx tsx tests/browser/screenshots.ts [outDir]   → stride-1280.png, stride-1280-full.png, stride-390.png, …
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, waitFor } from './harness.ts';

const out = process.argv[2] ?? '/tmp/stride-shots';
mkdirSync(out, { recursive: true });
const h = await startHarness();
try {
  for (const [w, vh] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    const page = await h.open('', { width: w, height: vh });
    await waitFor(page);
    await page.screenshot({ path: join(out, `stride-${w}.png`) });
    await page.screenshot({ path: join(out, `stride-${w}-full.png`), fullPage: true });
    if (w < 600) {
      // Phone: the full page in screen-sized parts, legible when viewed one by one.
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < total; y += vh, i++)
        await page.screenshot({ path: join(out, `stride-${w}-part${i}.png`), fullPage: true, clip: { x: 0, y, width: w, height: Math.min(vh, total - y) } });
    }
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(out, `stride-${w}-print.png`), fullPage: true });
    await page.close();
  }
  console.log(`screenshots in ${out}; page errors: ${h.errors.length ? h.errors.join(' | ') : 'none'}`);
} finally {
  await h.close();
}

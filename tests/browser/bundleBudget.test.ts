import { describe, expect, inject, it } from 'vitest';
import { bundleSizes } from '../../src/bench/bundleSize.ts';

/**
 * Issue 11's budget, "main bundle < 100 kB gzip", on the build these tests serve: the entry script with every chunk
 * index.html modulepreloads (what the first paint waits for), gzipped at level 6 as Vite reports it. A size, not a
 * speed: the same on every machine. `npm run bench` prints the same figures.
 */
describe('first-load JavaScript', () => {
  it('the entry and its modulepreloaded chunks stay under 100 kB gzip; views the first screen does not show are chunks of their own', async () => {
    const base = inject('appUrl');
    expect((await bundleSizes(base)).firstLoadKb).toBeLessThan(100);
    const html = await (await fetch(base)).text();
    const first = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]);
    expect(first.length).toBeGreaterThan(1);
    const code = (await Promise.all(first.map(async (f) => (await fetch(new URL(f, base))).text()))).join('\n');
    // Each is imported on first use (lazyViews.ts): a chunk the first-load code names, and not one it loads.
    for (const lazy of ['ExplainPage', 'DosePanel', 'PowerChart', 'TrendSection', 'StratumCard']) {
      expect(code, `no chunk of its own for ${lazy}`).toMatch(new RegExp(`${lazy}-[\\w-]+\\.js`));
      expect(first.some((f) => f.includes(`${lazy}-`)), `${lazy} is loaded first`).toBe(false);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/cli/textReport.ts';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { download, scenarioHash, settled, trialScenario, startHarness, type Harness } from './harness.ts';

let h: Harness;
const scenario = { ...trialScenario('t25fw-edss6.json', 500), name: 'Plan <script>alert(1)</script> & "q"', effectPrior: { type: 'normal' } };
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const dAttrs = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);

describe('Report (HTML)', () => {
  it("downloads the command line's --format html for the same scenario and seed; its figure is the app's, well-formed, and the page loads nothing", async () => {
    const page = await h.open(scenarioHash(scenario));
    await settled(page, ['sensitivity', 'loss-view']); // the paragraph's buttons sit below them
    const report = await download(page, 'download-report');
    expect(report.name).toMatch(/report\.html$/);
    const html = report.bytes.toString('utf8');
    const v = validateScenario(JSON.parse(JSON.stringify(scenario)));
    if (!v.ok) throw new Error('invalid');
    const date = /<time datetime="(\d{4}-\d{2}-\d{2})">/.exec(html)?.[1];
    expect(html).toBe(formatHtml(v.scenario, simulate(v.scenario), { date, baseUrl: h.url }));

    // The figure: the same curves as the app's own SVG export, and an SVG the browser's XML parser accepts.
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
    const appSvg = (await download(page, 'export-svg')).bytes.toString('utf8');
    expect(dAttrs(svg).length).toBeGreaterThan(3);
    expect(dAttrs(svg)).toEqual(dAttrs(appSvg));
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, paths: doc.querySelectorAll('path').length, root: doc.documentElement.nodeName };
    }, svg);
    expect(parsed).toEqual({ error: null, paths: dAttrs(svg).length, root: 'svg' });

    // Opened as a page: no request leaves it, no script runs, the title is text.
    const viewer = await h.context.newPage();
    const requests: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    await viewer.setContent(html);
    expect(requests).toEqual([]);
    expect(await viewer.locator('script').count()).toBe(0);
    expect(await viewer.textContent('h1')).toBe(scenario.name);
    // The policy lets the inline stylesheet apply (the badges get their borders).
    expect(await viewer.$eval('.badge.reported', (e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    expect(await viewer.locator('section#figure svg path[data-assurance-arm="MSC-NP"]').count()).toBe(1);
    await viewer.close();
    await page.close();
  });
});

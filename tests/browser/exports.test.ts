import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../../src/cli/textReport.ts';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { rScript } from '../../src/core/report/rScript/rScript.ts';
import { ENGINE_VERSION } from '../../src/core/version.ts';
import { download, recordStates, scenarioHash, settled, sharedTab, trialScenario, startHarness, tableCells, waitFor, until, toFront, type Harness } from './harness.ts';

type Page = import('playwright-core').Page;
let h: Harness;
const scenario = trialScenario('t25fw-edss6.json', 500);

/**
 * One page, left as loaded, for the tests that only download from it (SVG/PNG, CSV): downloads change
 * nothing on the page, so either may run first or alone. Tests that edit the page open their own.
 */
let readOnly: Promise<Page> | undefined;
function openReadOnly(): Promise<Page> {
  readOnly ??= h.open(scenarioHash(scenario)).then(async (page) => {
    await waitFor(page);
    return page;
  });
  return readOnly.then(toFront);
}
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await (await readOnly)?.close();
  await h?.close();
});

/** One tab for the tests that load a link and read or edit it: each follows its link there (a run, not a page load). */
const tab = sharedTab(() => h);

describe('exports', () => {
  it('SVG holds the chart, the title and the seed; PNG is a 2× PNG of it', async () => {
    const page = await openReadOnly();
    const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('data-arm="MSC-NP"');
    expect(svg).toContain('T25FW % improvement, EDSS 6.0-6.5');
    expect(svg).toContain('seed "msc-np"');
    expect(svg).toContain('Harris VK');
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(300);

    const png = await download(page, 'export-png');
    expect(png.name.endsWith('.png')).toBe(true);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.readUInt32BE(16)).toBe(2 * width);
    expect(png.bytes.readUInt32BE(20)).toBe(2 * height);
  });

  it('CSV has the engine columns and the table rows, unrounded', async () => {
    const page = await openReadOnly();
    const cells = await tableCells(page);
    const csv = (await download(page, 'export-csv')).bytes.toString('utf8');
    const rows = csvParse(csv);
    expect(rows.columns).toEqual([
      'arm', 'nPerArm', 'nControl', 'nTreatment', 'nTotal', 'sims', 'power', 'mcse', 'ci95Low', 'ci95High', 'analyticPower', 'analyticMethod',
      'powerBenefit', 'powerBenefitMcse', 'analyticPowerBenefit', 'undefinedTrials',
    ]);
    expect(rows.map((r) => ({ arm: r.arm, n: Number(r.nPerArm), power: r.power }))).toEqual(cells);
  });

  it('JSON export re-validates; a loaded file is validated and a bad one changes nothing', async () => {
    const page = await tab(scenarioHash(scenario));
    const json = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    const v = validateScenario(json);
    expect(v.ok).toBe(true);
    expect(json.simulation).toEqual({ sims: 500, seed: 'msc-np' });
    expect(json.arms[1]).toMatchObject({ label: 'MSC-NP', mean: 3.7, sd: 23.1 });

    json.name = 'Loaded from a file';
    json.arms[1].mean = 10;
    await page.setInputFiles('[data-testid="load-json-input"]', { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    await until(page, () => (document.querySelector('[data-field="name"]') as HTMLInputElement).value === 'Loaded from a file');
    await waitFor(page);
    expect(await page.inputValue('[data-field="arms[1].mean"]')).toBe('10');

    json.arms[1].sd = -3;
    await page.setInputFiles('[data-testid="load-json-input"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    await noticeContaining(page, 'arms[1].sd must be > 0, got -3');
    expect(await page.inputValue('[data-field="name"]')).toBe('Loaded from a file');
    expect(await page.inputValue('[data-field="arms[1].sd"]')).toBe('23.1');

    await page.setInputFiles('[data-testid="load-json-input"]', { name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"name": <b>x</b>') });
    await noticeContaining(page, 'is not valid JSON');
    expect(await page.locator('[data-testid="notice"] b').count()).toBe(0);
  });

  it('copy-link gives a link that reopens the same scenario with the same numbers', async () => {
    const page = await tab(scenarioHash(scenario));
    const first = await tableCells(page);
    await recordStates(page);
    await page.fill('[data-field="simulation.seed"]', 'shared-seed');
    // The new seed's run has started (after the edit's debounce) and ended.
    await until(page, () => (window as unknown as { __states: string[] }).__states.includes('running'));
    await waitFor(page);
    const cells = await tableCells(page);
    expect(cells).not.toEqual(first);
    await page.click('[data-testid="copy-link"]');
    const link = await page.inputValue('[data-testid="share-link"]');
    expect(link).toMatch(/#s=1\.[A-Za-z0-9+\-$]+$/);
    const other = await h.context.newPage();
    await other.goto(link);
    await waitFor(other);
    expect(await other.inputValue('[data-field="simulation.seed"]')).toBe('shared-seed');
    expect(await other.inputValue('[data-field="simulation.sims"]')).toBe('500');
    expect(await tableCells(other)).toEqual(cells);
    await other.close();
  });

  it('the paragraph shown equals the command line\'s --format text for the same scenario and seed (half the observed effect)', async () => {
    const shrunk = { ...scenario, effect: { basis: 'shrunk', shrinkage: 0.5 } };
    const page = await tab(scenarioHash(shrunk));
    const shown = (await page.textContent('[data-testid="justification"]')) ?? '';
    expect(shown).toContain('29.1 percentage points for MSC-NP (observed 58.1): the observed difference shrunk ×0.5');
    const v = validateScenario(JSON.parse(JSON.stringify(shrunk)));
    if (!v.ok) throw new Error('invalid');
    const date = /Simulated on (\d{4}-\d{2}-\d{2});/.exec(shown)?.[1];
    const result = simulate(v.scenario);
    expect(shown + '\n').toBe(formatText(v.scenario, result, { date, baseUrl: h.url }));
    // The "R script" beside it is the command line's --format r (clicked once the panels above it are done).
    await settled(page, ['sensitivity', 'loss-view']);
    const r = await download(page, 'download-r-script');
    expect(r.name).toMatch(/^T25FW-improvement.*R-check\.R$/);
    // Chromium's and Node's V8 evaluate the closed forms' Math functions a few ulps apart: those numbers within 1e-12, the rest exactly.
    const closed = /^ {4}stride = (.*),$/gm;
    const got = r.bytes.toString('utf8');
    const want = rScript({ scenario: v.scenario, result, engineVersion: ENGINE_VERSION });
    expect(got.replace(closed, '')).toBe(want.replace(closed, ''));
    const numbers = (t: string) => [...t.matchAll(closed)].map((m) => Number(m[1]));
    expect(numbers(got)).toHaveLength(numbers(want).length);
    numbers(got).forEach((x, i) => expect(Math.abs(x - numbers(want)[i])).toBeLessThan(1e-12));
  });
});

/** Waits until a notice shows the text (a previous notice may still be on screen for a moment). */
async function noticeContaining(page: import('playwright-core').Page, text: string): Promise<void> {
  await until(
    page,
    (t) => [...document.querySelectorAll('[data-testid="notice"]')].some((n) => n.textContent?.includes(t)),
    text,
    10_000,
  );
}

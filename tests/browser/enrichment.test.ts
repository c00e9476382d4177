import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { download, scenarioHash, seedScenario, startHarness, waitFor, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const enrichment = {
  strata: [
    { label: 'EDSS 3.0–5.5', share: 0.55, effect: 0 },
    { label: 'EDSS 6.0–6.5', share: 0.45, effect: 58.1, treatmentSd: 23.1 },
  ],
  enrichTo: 'EDSS 6.0–6.5',
};

describe('enrichment', () => {
  it('compares the enriched and the all-comers trial with the engine\'s numbers and states the screening burden', async () => {
    const s = { ...seedScenario('t25fw-edss6.json', 1000), enrichment };
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const e = simulate(v.scenario).enrichment!;
    const page = await h.open(scenarioHash(s));
    await waitFor(page);
    const panel = page.locator('[data-testid="enrichment"]');
    const enriched = await panel.locator('[data-enriched]').evaluateAll((els) => els.map((x) => x.getAttribute('data-enriched')));
    const all = await panel.locator('[data-all-comers]').evaluateAll((els) => els.map((x) => x.getAttribute('data-all-comers')));
    expect(enriched).toEqual(e.points.map((p) => String(p.enriched.power)));
    expect(all).toEqual(e.points.map((p) => String(p.allComers.power)));
    const sentence = await page.textContent('[data-testid="enrichment-sentence"]');
    expect(sentence).toMatch(/To randomise (\d+) patients with EDSS 6\.0–6\.5, about (\d+) must be screened \(2\.2 screened per patient randomised/);
    const [, randomised, screened] = /To randomise (\d+) patients with EDSS 6\.0–6\.5, about (\d+)/.exec(sentence ?? '')!.map(Number);
    expect(screened).toBe(Math.ceil(randomised / 0.45 - 1e-9));
    expect(await page.locator('[data-testid="enrichment-chart"] path[data-arm]').count()).toBe(2);
    expect(h.errors).toEqual([]);

    const csv = csvParse((await download(page, 'enrichment-csv')).bytes.toString('utf8'));
    expect(csv.columns).toEqual(['nPerArm', 'nTotal', 'sims', 'enrichedPower', 'enrichedMcse', 'allComersPower', 'allComersMcse', 'screenedEnriched']);
    expect(csv.map((r) => r.enrichedPower)).toEqual(enriched);
    const svg = (await download(page, 'enrichment-svg')).bytes.toString('utf8');
    expect(svg).toContain('enriched vs all-comers trial');
    expect(svg).toContain('seed "msc-np"');
    await page.close();
  });

  it('the editor adds the seed-anchored comparison and removes it; without it there is no panel', async () => {
    const page = await h.open(scenarioHash(seedScenario('t25fw-edss6.json', 500)));
    await waitFor(page);
    expect(await page.locator('[data-testid="enrichment"]').count()).toBe(0);
    await page.click('[data-testid="add-enrichment"]');
    await expect(page.textContent('[data-testid="enrichment-section"] table')).resolves.toContain('EDSS 6.0–6.5 (enriched)');
    await page.waitForSelector('[data-testid="enrichment"]');
    await waitFor(page);
    await page.click('text=Remove the enrichment comparison');
    await page.waitForFunction(() => !document.querySelector('[data-testid="enrichment"]'));
    await page.close();
  });

  it('a bad stratum in a link is named with its field; nothing is loaded', async () => {
    const bad = { ...seedScenario('t25fw-edss6.json', 500), enrichment: { ...enrichment, enrichTo: '<img src=x onerror=alert(1)>' } };
    const page = await h.open(scenarioHash(bad));
    await waitFor(page);
    await expect(page.locator('[data-testid="notice"]').textContent()).resolves.toContain('enrichment.enrichTo must be one of');
    expect(await page.locator('[data-testid="notice"] img').count()).toBe(0);
    expect(await page.locator('[data-testid="enrichment"]').count()).toBe(0);
    await page.close();
  });
});

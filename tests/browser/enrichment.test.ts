import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { headlineEnrichment } from '../../src/core/results/headlineRows.ts';
import { download, scenarioHash, sharedTab, trialScenario, startHarness, waitFor, until, untilSelector, type Harness } from './harness.ts';

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

/** The provenance badges on group i's share and effect labels ('' when none). */
const badges = (page: Page, i: number) =>
  page.evaluate((i) => {
    const badge = (k: string) => document.querySelector(`[data-field="enrichment.strata[${i}].${k}"]`)?.closest('.field')?.querySelector('label .badge')?.textContent ?? '';
    return { share: badge('share'), effect: badge('effect') };
  }, i);

/** One tab for the tests that load a link and read or edit it: each follows its link there (a run, not a page load). */
const tab = sharedTab(() => h);

describe('enrichment', () => {
  it('compares the enriched and the all-comers trial with the engine\'s numbers and states the screening burden', async () => {
    const s = { ...trialScenario('t25fw-edss6.json', 500), enrichment };
    const v = validateScenario(s);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const raw = simulate(v.scenario).enrichment!;
    // Two-sided: the panel shows each population's power to show benefit, as the chart and sentence do.
    const e = headlineEnrichment(v.scenario, raw);
    expect(e.points.map((p) => p.enriched.power)).toEqual(raw.points.map((p) => p.enriched.powerBenefit));
    const page = await tab(scenarioHash(s));
    const panel = page.locator('[data-testid="enrichment"]');
    const enriched = await panel.locator('[data-enriched]').evaluateAll((els) => els.map((x) => x.getAttribute('data-enriched')));
    const all = await panel.locator('[data-all-comers]').evaluateAll((els) => els.map((x) => x.getAttribute('data-all-comers')));
    expect(enriched).toEqual(e.points.map((p) => String(p.enriched.power)));
    expect(all).toEqual(e.points.map((p) => String(p.allComers.power)));
    expect(await page.textContent('[data-testid="enrichment-measure"]')).toContain('power to show benefit');
    const sentence = await page.textContent('[data-testid="enrichment-sentence"]');
    expect(sentence).toContain('80% power to show benefit needs');
    expect(sentence).toMatch(/To randomise (\d+) patients with EDSS 6\.0–6\.5, about (\d+) must be screened \(2\.2 screened per patient randomised/);
    const [, randomised, screened] = /To randomise (\d+) patients with EDSS 6\.0–6\.5, about (\d+)/.exec(sentence ?? '')!.map(Number);
    expect(screened).toBe(Math.ceil(randomised / 0.45 - 1e-9));
    expect(await page.locator('[data-testid="enrichment-chart"] path[data-arm]').count()).toBe(2);
    expect(h.errors).toEqual([]);

    const csv = csvParse((await download(page, 'enrichment-csv')).bytes.toString('utf8'));
    expect(csv.columns).toEqual([
      'nPerArm', 'nTotal', 'sims', 'enrichedPower', 'enrichedMcse', 'enrichedPowerBenefit', 'enrichedPowerBenefitMcse',
      'allComersPower', 'allComersMcse', 'allComersPowerBenefit', 'allComersPowerBenefitMcse', 'screenedEnriched',
    ]);
    expect(csv.map((r) => r.enrichedPowerBenefit)).toEqual(enriched);
    expect(csv.map((r) => r.enrichedPower)).toEqual(raw.points.map((p) => String(p.enriched.power)));
    const svg = (await download(page, 'enrichment-svg')).bytes.toString('utf8');
    expect(svg).toContain('enriched vs all-comers trial');
    expect(svg).toContain('seed "msc-np"');
  });

  it('the editor adds the seed-anchored comparison as editable groups and removes it; without it there is no panel', async () => {
    const page = await tab(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    expect(await page.locator('[data-testid="enrichment"]').count()).toBe(0);
    await page.click('[data-testid="add-enrichment"]');
    const section = page.locator('[data-testid="enrichment-section"]');
    await expect(section.locator('legend').nth(1).textContent()).resolves.toContain('Group 2 (enriched)');
    expect(await page.inputValue('[data-field="enrichment.strata[1].label"]')).toBe('EDSS 6.0–6.5');
    expect(await page.inputValue('[data-field="enrichment.strata[1].share"]')).toBe('0.45');
    expect(await badges(page, 1)).toEqual({ share: 'inferred', effect: '' });
    expect(await badges(page, 0)).toEqual({ share: 'inferred', effect: 'assumed' });
    await untilSelector(page, '[data-testid="enrichment"]');
    await waitFor(page);
    await page.click('text=Remove the enrichment comparison');
    await until(page, () => !document.querySelector('[data-testid="enrichment"]'));
  });

  it('editing the groups\' shares reruns with the new numbers; an invalid share is named inline and keeps the results', async () => {
    const page = await tab(scenarioHash({ ...trialScenario('t25fw-edss6.json', 500), enrichment }));
    const allComers = () => page.locator('[data-testid="enrichment"] [data-all-comers]').evaluateAll((els) => els.map((x) => x.getAttribute('data-all-comers')));
    await untilSelector(page, '[data-testid="enrichment"] [data-all-comers]'); // the panel is loaded lazily
    const before = await allComers();
    const share = (i: number) => `[data-field="enrichment.strata[${i}].share"]`;

    await page.fill(share(1), '1.5');
    const msg = page.locator('[data-testid="field-error"][data-for="enrichment.strata[1].share"]');
    await expect(msg.textContent()).resolves.toBe('Share must be in (0, 1], got 1.5');
    expect(await page.getAttribute(share(1), 'aria-invalid')).toBe('true');
    await page.fill(share(1), 'about half');
    await expect(msg.textContent()).resolves.toBe('Share must be a number in (0, 1], got "about half"');
    await page.waitForTimeout(700); // past the re-run debounce: nothing may run
    expect(await page.getAttribute('[data-testid="run-status"]', 'data-state')).toBe('done');
    expect(await allComers()).toEqual(before);
    expect(await page.textContent('[data-testid="enrichment-sentence"]')).toContain('2.2 screened per patient');

    await page.fill(share(0), '0.7');
    await page.fill(share(1), '0.3');
    expect(await page.getAttribute(share(1), 'aria-invalid')).toBe('false');
    expect(await badges(page, 1)).toEqual({ share: 'assumed', effect: '' });
    await until(page, () => document.querySelector('[data-testid="enrichment-sentence"]')?.textContent?.includes('3.3 screened per patient'), undefined, 45_000);
    await waitFor(page);
    const after = await allComers();
    expect(after).toHaveLength(before.length);
    expect(after).not.toEqual(before);
    // A smaller responsive group dilutes the all-comers effect: power falls at the largest n.
    expect(Number(after.at(-1))).toBeLessThan(Number(before.at(-1)));
    expect(h.errors).toEqual([]);
  });

  it('a bad stratum in a link is named with its field; nothing is loaded', async () => {
    const bad = { ...trialScenario('t25fw-edss6.json', 500), enrichment: { ...enrichment, enrichTo: '<img src=x onerror=alert(1)>' } };
    const page = await h.open(scenarioHash(bad));
    await waitFor(page);
    await expect(page.locator('[data-testid="notice"]').textContent()).resolves.toContain('enrichment.enrichTo must be one of');
    expect(await page.locator('[data-testid="notice"] img').count()).toBe(0);
    expect(await page.locator('[data-testid="enrichment"]').count()).toBe(0);
    await page.close();
  });
});

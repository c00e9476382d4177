/**
 * Issue 8 items 7–9 in Chromium: the explanation's conclusions follow its numbers and its inputs are
 * checked per field; editing stays truthful (endpoint switch, stale results, presets); chart labels
 * do not collide and the trend-test table fits a phone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioHash, trialScenario, startHarness, waitFor, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h?.close();
});

const S1 = '[data-testid="explain-1"]';
const text1 = (page: Page) => page.locator(`${S1} [data-testid="explain-text"]`).innerText();

/** Fills an explanation input and waits until section 1's text has changed and its runs are done. */
async function setAndWait(page: Page, param: string, value: string): Promise<string> {
  const before = await text1(page);
  await page.fill(`${S1} [data-param="${param}"]`, value);
  await page.waitForFunction(
    ([sel, old]) => {
      const t = (document.querySelector(`${sel} [data-testid="explain-text"]`) as HTMLElement | null)?.innerText;
      const st = [...document.querySelectorAll(`${sel} [data-testid="explain-status"]`)].every((e) => e.getAttribute('data-state') === 'done');
      return t !== undefined && t !== old && st && !t.includes('…');
    },
    [S1, before] as const,
    { timeout: 90_000 },
  );
  return text1(page);
}

/** Collisions among the chart labels in `selector`'s SVGs, measured on the rendered glyphs (getBBox, isPointInStroke). */
function labelCollisions(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(sel)) {
      const labels = [...svg.querySelectorAll<SVGTextElement>('text[data-target-label], text[data-mark-label], text[data-marker-label], text[data-highlight-label]')].map((t) => ({
        text: t.textContent ?? '',
        b: t.getBBox(),
      }));
      const inset = 1;
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i].b, labels[j].b];
          if (a.x + inset < b.x + b.width - inset && b.x + inset < a.x + a.width - inset && a.y + inset < b.y + b.height - inset && b.y + inset < a.y + a.height - inset)
            out.push(`"${labels[i].text}" overlaps "${labels[j].text}"`);
        }
      const curves = [...svg.querySelectorAll<SVGPathElement>('path[data-arm], path[data-analytic-arm], path[data-assurance-arm], path[data-series]')];
      for (const l of labels) {
        let crossed = false;
        for (let x = l.b.x + inset; x <= l.b.x + l.b.width - inset && !crossed; x += 1)
          for (let y = l.b.y + 2; y <= l.b.y + l.b.height - 2 && !crossed; y += 1)
            crossed = curves.some((c) => c.isPointInStroke(new DOMPoint(x, y)));
        if (crossed) out.push(`a curve crosses "${l.text}"`);
      }
    }
    return out;
  }, selector);
}

/** One explanation page for item 7's two tests (each load runs every section's simulations); the first puts its inputs back. */
let explainPage: Promise<Page> | undefined;
function openExplain(): Promise<Page> {
  explainPage ??= h.open('#explain').then(async (page) => {
    await page.waitForSelector(`${S1} [data-testid="explain-status"][data-state="done"]`, { timeout: 90_000 });
    return page;
  });
  return explainPage;
}

describe('item 7: the explanation computes its conclusions and checks its inputs', () => {
  it('calls 33% vs 37% noise and 10% vs 60% not; an empty field is flagged next to it, never read as 0', async () => {
    const page = await openExplain();
    await page.waitForFunction((sel) => !(document.querySelector(`${sel} [data-testid="explain-text"]`) as HTMLElement).innerText.includes('…'), S1);
    expect(await text1(page)).toContain('A 33%-vs-37% result is ordinary noise');

    await page.fill(`${S1} [data-param="mscNpPct"]`, '10');
    const big = await setAndWait(page, 'salinePct', '60');
    expect(big).toContain('A 10%-vs-60% result is unlikely to be noise alone');
    expect(big).not.toContain('ordinary noise');
    expect(big).toContain('excludes zero, so the data favour saline');
    expect(await page.locator(`${S1} [data-param="salinePct"]`).evaluate((el) => el.closest('.field')?.querySelector('.badge')?.textContent)).toBe('assumed');

    // Empty: a message next to the field, in %; the section is stale and still shows 60%, not 0%.
    await page.fill(`${S1} [data-param="salinePct"]`, '');
    const msg = page.locator(`${S1} [data-testid="field-error"][data-for="salinePct"]`);
    await msg.waitFor();
    expect(await msg.innerText()).toBe('Saline improved is empty: enter a number from 0% to 100%');
    expect(await msg.evaluate((el) => el.closest('.field')?.querySelector('[data-param="salinePct"]') !== null)).toBe(true);
    expect(await page.getAttribute(S1, 'data-stale')).toBe('true');
    await page.waitForTimeout(400);
    expect(await text1(page)).toContain('60% on saline');
    expect(await text1(page)).not.toMatch(/(^|[^0-9])0% on saline/);
    expect(await page.locator(`${S1} [data-testid="explain-errors"]`).count()).toBe(0);
    await page.fill(`${S1} [data-param="salinePct"]`, '120');
    expect(await msg.innerText()).toBe('Saline improved must be a number from 0% to 100%, got 120%');

    // Back to the trial's numbers: noise again, and the section is live.
    await page.fill(`${S1} [data-param="mscNpPct"]`, '33');
    const back = await setAndWait(page, 'salinePct', '37');
    expect(back).toContain('A 33%-vs-37% result is ordinary noise');
    expect(await page.getAttribute(S1, 'data-stale')).toBe('false');
    expect(h.errors).toEqual([]);
  }, 240_000);

  it('shows a seed error once, next to the seed, and keeps the sections on the last valid seed', async () => {
    const page = await openExplain();
    await page.fill('[data-param="seed"]', '');
    const errs = page.locator('[data-testid="field-error"]');
    await errs.first().waitFor();
    expect(await errs.count()).toBe(1);
    expect(await errs.first().getAttribute('data-for')).toBe('seed');
    expect(await errs.first().innerText()).toContain('Random seed is empty');
    expect(await errs.first().evaluate((el) => el.parentElement?.querySelector('[data-param="seed"]') !== null)).toBe(true);
    expect(await page.locator('[data-testid="explain-errors"]').count()).toBe(0);
    await page.fill('[data-param="seed"]', 'msc-np');
    await errs.first().waitFor({ state: 'detached' });
    await page.close();
  }, 120_000);
});

describe('item 8: editing stays truthful', () => {
  const badge = (page: Page, field: string) => page.locator(`.field:has([data-field="${field}"]) .badge`).first().innerText();

  it('switching to the 6MWT shows 6MWT values badged as reported, and back restores the T25FW ones', async () => {
    const page = await h.open();
    await waitFor(page);
    await page.click('[data-testid="preset-t25fw-edss6"]');
    await waitFor(page);
    expect(await page.getAttribute('[data-testid="preset-t25fw-edss6"]', 'data-selected')).toBe('true');
    expect(await page.getAttribute('[data-testid="preset-t25fw-edss6"]', 'data-modified')).toBe('false');
    await page.selectOption('[data-field="endpoint.type"]', '6mwt');
    expect([await page.inputValue('[data-field="arms[0].mean"]'), await page.inputValue('[data-field="arms[1].mean"]')]).toEqual(['-32.1', '-9.2']);
    expect([await page.inputValue('[data-field="arms[0].sd"]'), await page.inputValue('[data-field="arms[1].sd"]')]).toEqual(['30', '18.2']);
    expect(await badge(page, 'arms[0].mean')).toBe('reported');
    expect(await page.inputValue('[data-field="endpoint.label"]')).toBe('6MWT % improvement');
    // The form is now the 6MWT preset exactly, and says so.
    expect(await page.getAttribute('[data-testid="preset-sixmwt-edss6"]', 'data-selected')).toBe('true');
    expect(await page.getAttribute('[data-testid="preset-sixmwt-edss6"]', 'data-modified')).toBe('false');
    expect(await page.getAttribute('[data-testid="preset-t25fw-edss6"]', 'data-selected')).toBe('false');
    await page.fill('[data-field="arms[1].mean"]', '-5');
    expect(await badge(page, 'arms[1].mean')).toBe('assumed');
    await page.selectOption('[data-field="endpoint.type"]', 't25fw');
    expect(await page.inputValue('[data-field="arms[0].mean"]')).toBe('-54.4');
    expect(await badge(page, 'arms[0].mean')).toBe('reported');
    expect(await page.getAttribute('[data-testid="preset-t25fw-edss6"]', 'data-selected')).toBe('true');
    expect(await page.getAttribute('[data-testid="preset-t25fw-edss6"]', 'data-modified')).toBe('false');
    // And the 6MWT keeps the edit made there.
    await page.selectOption('[data-field="endpoint.type"]', '6mwt');
    expect(await page.inputValue('[data-field="arms[1].mean"]')).toBe('-5');
    expect(await page.getAttribute('[data-testid="preset-t25fw-edss6"]', 'data-modified')).toBe('true');
    await page.close();
  }, 120_000);

  it('an invalid input marks the results panel itself stale until fixed', async () => {
    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await waitFor(page);
    const results = '[data-testid="results"]';
    expect(await page.getAttribute(results, 'data-stale')).toBe('false');
    await page.fill('[data-field="analysis.alpha"]', '0.9');
    await page.waitForSelector(`${results}[data-stale="true"] [data-testid="stale-results"]`);
    expect(await page.locator('[data-testid="stale-results"]').innerText()).toContain('Out of date');
    expect(await page.locator('[data-testid="stale-results"]').isVisible()).toBe(true);
    await page.fill('[data-field="analysis.alpha"]', '0.05');
    await page.waitForSelector(`${results}[data-stale="false"]`);
    expect(await page.locator('[data-testid="stale-results"]').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('presets show which is selected and whether it was modified; a link of another scenario selects none', async () => {
    const page = await h.open();
    await waitFor(page);
    const sel = (id: string) => page.getAttribute(`[data-testid="preset-${id}"]`, 'data-selected');
    const mod = (id: string) => page.getAttribute(`[data-testid="preset-${id}"]`, 'data-modified');
    expect(await sel('t25fw-edss6')).toBe('true');
    await page.click('[data-testid="preset-edss-plus-responders"]');
    await waitFor(page);
    expect([await sel('t25fw-edss6'), await sel('edss-plus-responders'), await mod('edss-plus-responders')]).toEqual(['false', 'true', 'false']);
    expect(await page.locator('[data-testid="preset-edss-plus-responders"] [data-testid="preset-state"]').innerText()).toBe('selected');
    await page.fill('[data-field="analysis.alpha"]', '0.04');
    await page.waitForSelector('[data-testid="preset-edss-plus-responders"][data-modified="true"]');
    expect(await page.locator('[data-testid="preset-edss-plus-responders"] [data-testid="preset-state"]').innerText()).toBe('selected · modified');
    await page.click('[data-testid="preset-edss-plus-responders"]');
    await page.waitForSelector('[data-testid="preset-edss-plus-responders"][data-modified="false"]');
    const other = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await waitFor(other);
    expect(await other.locator('[data-testid="preset-t25fw-edss6"][data-selected="true"]').count()).toBe(0);
    expect(await other.locator('[data-testid="preset-none"]').count()).toBe(1);
    await other.close();
    await page.close();
  }, 120_000);
});

describe('item 9: layout', () => {
  it('chart labels do not overlap each other or the curves, on the desktop and on a phone', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const seed = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 2000)), viewport);
      await waitFor(seed);
      await seed.waitForSelector('[data-testid="sensitivity"][data-state="done"]', { timeout: 90_000 });
      expect(await labelCollisions(seed, '[data-testid="power-chart"]')).toEqual([]);
      expect(await labelCollisions(seed, '[data-testid="sensitivity"] svg')).toEqual([]);
      expect(await seed.locator('[data-testid="power-chart"] text[data-target-label]').count()).toBe(1);
      await seed.close();
      const dose = await h.open(scenarioHash(trialScenario('dose-finding-t25fw.json', 1000)), viewport);
      await waitFor(dose, 'done', 90_000);
      expect(await labelCollisions(dose, '[data-testid="power-chart"]')).toEqual([]);
      expect(await labelCollisions(dose, '[data-testid="trend-chart"]')).toEqual([]);
      await dose.close();
    }
    expect(h.errors).toEqual([]);
  }, 300_000);

  it('on a 390×844 phone the trend-test table is not clipped: every column is inside its box and the screen', async () => {
    const page = await h.open(scenarioHash(trialScenario('dose-finding-t25fw.json', 1000)), { width: 390, height: 844 });
    await waitFor(page, 'done', 90_000);
    const box = page.locator('[data-testid="trend-table"]');
    await box.scrollIntoViewIfNeeded();
    const m = await box.evaluate((el) => {
      const table = el.querySelector('table')!.getBoundingClientRect();
      const cells = [...el.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().right);
      return { scroll: el.scrollWidth, client: el.clientWidth, right: table.right, cells, page: document.documentElement.scrollWidth };
    });
    expect(m.scroll).toBeLessThanOrEqual(m.client + 1);
    expect(m.right).toBeLessThanOrEqual(390);
    expect(m.cells).toHaveLength(5);
    expect(Math.max(...m.cells)).toBeLessThanOrEqual(390);
    expect(m.page).toBeLessThanOrEqual(390);
    await page.close();
  }, 120_000);
});

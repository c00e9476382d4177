/**
 * Issue 8 items 8–9 in Chromium: editing stays truthful (endpoint switch, stale results, presets); chart labels
 * do not collide and the trend-test table fits a phone. Item 7 (the explanation's conclusions and input checks)
 * is in explain.test.ts, on that file's explanation page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PRESET_INDEX from '../../static/scenarios/index.json';
import { scenarioHash, trialScenario, startHarness, waitFor, until, untilSelector, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h?.close();
});

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
    await untilSelector(page, `${results}[data-stale="true"] [data-testid="stale-results"]`);
    expect(await page.locator('[data-testid="stale-results"]').innerText()).toContain('Out of date');
    expect(await page.locator('[data-testid="stale-results"]').isVisible()).toBe(true);
    await page.fill('[data-field="analysis.alpha"]', '0.05');
    await untilSelector(page, `${results}[data-stale="false"]`);
    expect(await page.locator('[data-testid="stale-results"]').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('presets show which is selected and whether it was modified; a link of another scenario selects none', async () => {
    const page = await h.open();
    await waitFor(page);
    // Each card shows its whole title: the two T25FW scenarios differ only in its third part.
    for (const { id, title } of PRESET_INDEX) {
      const text = await page.locator(`[data-testid="preset-${id}"]`).innerText();
      expect(text.replace('selected', '').split('\n').map((t) => t.trim()).filter(Boolean).join(', '), id).toBe(title);
    }
    const sel = (id: string) => page.getAttribute(`[data-testid="preset-${id}"]`, 'data-selected');
    const mod = (id: string) => page.getAttribute(`[data-testid="preset-${id}"]`, 'data-modified');
    expect(await sel('t25fw-edss6')).toBe('true');
    await page.click('[data-testid="preset-edss-plus-responders"]');
    await waitFor(page);
    expect([await sel('t25fw-edss6'), await sel('edss-plus-responders'), await mod('edss-plus-responders')]).toEqual(['false', 'true', 'false']);
    expect(await page.locator('[data-testid="preset-edss-plus-responders"] [data-testid="preset-state"]').innerText()).toBe('selected');
    await page.fill('[data-field="analysis.alpha"]', '0.04');
    await untilSelector(page, '[data-testid="preset-edss-plus-responders"][data-modified="true"]');
    expect(await page.locator('[data-testid="preset-edss-plus-responders"] [data-testid="preset-state"]').innerText()).toBe('selected · modified');
    await page.click('[data-testid="preset-edss-plus-responders"]');
    await untilSelector(page, '[data-testid="preset-edss-plus-responders"][data-modified="false"]');
    await page.close(); // its preset's 10,000-trial run would compete with the next page's
    const other = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 500)));
    await waitFor(other);
    expect(await other.locator('[data-testid="preset-t25fw-edss6"][data-selected="true"]').count()).toBe(0);
    expect(await other.locator('[data-testid="preset-none"]').count()).toBe(1);
    await other.close();
  }, 120_000);
});

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * One page per scenario for item 9, shared by its tests: a viewport change re-lays the charts out (they follow their
 * container's width) without a new load and run. Each test sets the viewport it measures.
 */
const layoutPages = new Map<string, Promise<Page>>();
function layoutPage(file: string, sims: number): Promise<Page> {
  let page = layoutPages.get(file);
  if (!page) {
    page = h.open(scenarioHash(trialScenario(file, sims))).then(async (p) => {
      await waitFor(p, 'done', 90_000);
      return p;
    });
    layoutPages.set(file, page);
  }
  return page;
}

/** Sets the viewport and waits until every SVG matching `charts` has been laid out for its box's new width. */
async function resize(page: Page, viewport: { width: number; height: number }, charts: string): Promise<void> {
  await page.setViewportSize(viewport);
  await until(page, (sel) => {
    const svgs = [...document.querySelectorAll<SVGSVGElement>(sel)];
    return svgs.length > 0 && svgs.every((svg) => {
      const [w, box] = [Number(svg.getAttribute('width')), svg.parentElement?.clientWidth ?? 0];
      return Math.abs(w - box) <= 1 || (box < 260 && w <= 260); // the charts' least width
    });
  }, charts);
}

describe('item 9: layout', () => {
  afterAll(async () => {
    for (const page of layoutPages.values()) await (await page).close();
  });

  it('chart labels do not overlap each other or the curves, on the desktop and on a phone', async () => {
    const seed = await layoutPage('t25fw-edss6.json', 2000);
    await untilSelector(seed, '[data-testid="sensitivity"][data-state="done"]', { timeout: 90_000 });
    const dose = await layoutPage('dose-finding-t25fw.json', 1000);
    for (const viewport of [DESKTOP, PHONE]) {
      await resize(seed, viewport, '[data-testid="power-chart"], [data-testid="sensitivity-chart"]');
      expect(await labelCollisions(seed, '[data-testid="power-chart"]')).toEqual([]);
      expect(await labelCollisions(seed, '[data-testid="sensitivity"] svg')).toEqual([]);
      expect(await seed.locator('[data-testid="power-chart"] text[data-target-label]').count()).toBe(1);
      await resize(dose, viewport, '[data-testid="power-chart"], [data-testid="trend-chart"]');
      expect(await labelCollisions(dose, '[data-testid="power-chart"]')).toEqual([]);
      expect(await labelCollisions(dose, '[data-testid="trend-chart"]')).toEqual([]);
    }
    expect(h.errors).toEqual([]);
  }, 300_000);

  it('on a 390×844 phone the trend-test table is not clipped: every column is inside its box and the screen', async () => {
    const page = await layoutPage('dose-finding-t25fw.json', 1000);
    await resize(page, PHONE, '[data-testid="power-chart"], [data-testid="trend-chart"]');
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
  }, 120_000);
});

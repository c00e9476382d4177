import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { startAppServer } from './appServer.ts';

export { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export interface Harness {
  /** The preview server's address, ending in "/". */
  url: string;
  context: BrowserContext;
  /** Page errors seen so far (uncaught exceptions and console errors). */
  errors: string[];
  open(hash?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A browser context on the built app. Under Vitest the browser project's global set-up
 * (serveApp.setup.ts) has built and served the app and started Chromium once for all files; a script
 * (screenshots, the page bench) builds and starts its own.
 */
export async function startHarness(opts: { immutableAssets?: boolean } = {}): Promise<Harness> {
  let url: string;
  let endpoint: string;
  let own: { close(): Promise<void> } | null = null;
  const vitest = process.env.VITEST ? await import('vitest') : null;
  if (vitest) {
    url = vitest.inject('appUrl');
    endpoint = vitest.inject('chromiumEndpoint');
  } else {
    const app = await startAppServer(opts);
    ({ url, chromiumEndpoint: endpoint } = app);
    own = app;
  }
  try {
    const browser = await chromium.connect(endpoint);
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    return {
      url,
      context,
      errors,
      async open(hash = '', viewport) {
        const page = await context.newPage();
        if (viewport) await page.setViewportSize(viewport);
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
        await page.goto(url + hash);
        return page;
      },
      async close() {
        await context.close();
        await browser.close(); // a connected browser: this only disconnects
        await own?.close();
      },
    };
  } catch (e) {
    await own?.close();
    throw e;
  }
}

/** Waits until the run status reaches `state` (default: done). */
export async function waitFor(page: Page, state = 'done', timeout = 45_000): Promise<void> {
  await page.waitForSelector(`[data-testid="run-status"][data-state="${state}"]`, { timeout });
}

export interface Cell {
  arm: string;
  n: number;
  power: string;
}

/** The results table's cells with their unrounded data-power text. */
export function tableCells(page: Page): Promise<Cell[]> {
  return page.$$eval('[data-testid="results-table"] [data-power]', (els) =>
    els.map((e) => ({ arm: e.getAttribute('data-arm') ?? '', n: Number(e.getAttribute('data-n')), power: e.getAttribute('data-power') ?? '' })),
  );
}

/** Clicks the element matching `selector` and returns the name and bytes of the file it downloads. */
export async function downloadFrom(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = (await Promise.all([page.waitForEvent('download'), page.click(selector)])) as [Download, void];
  // The browser runs as a server shared by the files: read the download as a stream (path() is local-only).
  const chunks: Buffer[] = [];
  for await (const chunk of await d.createReadStream()) chunks.push(chunk as Buffer);
  return { name: d.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Clicks a button and returns the text or bytes of the file it downloads. */
export const download = (page: Page, testId: string) => downloadFrom(page, `[data-testid="${testId}"]`);

export { trialScenario } from '../helpers/trialScenario.ts';

/** The `#scenario=` link for a scenario object. */
export const scenarioHash = (s: unknown): string => `#scenario=${encodeURIComponent(JSON.stringify(s))}`;

/**
 * Starts recording every run-status state in the page (a MutationObserver), so short states are not missed by
 * polling; called again, it empties the log. Read the log with `recordedStates`.
 */
export async function recordStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="run-status"]');
    const w = window as unknown as { __states: string[]; __statesOf?: Element };
    w.__states = [];
    if (!el || w.__statesOf === el) return; // already observed: a second observer would record each state twice
    w.__statesOf = el;
    new MutationObserver(() => w.__states.push(el.getAttribute('data-state') ?? '')).observe(el, { attributeFilter: ['data-state'] });
  });
}

export function recordedStates(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __states: string[] }).__states);
}

/**
 * Follows a link in a page already open, as a reader does who pastes another link into the same tab: the app
 * loads it on `hashchange`, without a new page load. Resolves when the run it starts is done.
 */
export async function followLink(page: Page, hash: string): Promise<void> {
  // A run still going (the last test's edit) would put its own "done" in the log.
  await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') !== 'running', undefined, { timeout: 45_000 });
  await recordStates(page);
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForFunction(() => (window as unknown as { __states: string[] }).__states.includes('done'), undefined, { timeout: 45_000 });
}

/**
 * A tab shared by tests that each load a link and then read or edit what it shows: the first call opens it, later ones
 * follow their link in it (followLink), which costs the link's run but not a page load. Each resolves when the run is
 * done; the tab closes with the harness's context. The links must differ from what the tab last ran.
 */
export function sharedTab(harness: () => Harness): (hash: string) => Promise<Page> {
  let tab: Promise<Page> | undefined;
  return (hash) => {
    const before = tab;
    tab = (async () => {
      if (before === undefined) {
        const page = await harness().open(hash);
        await waitFor(page);
        return page;
      }
      const page = await before;
      await followLink(page, hash);
      return page;
    })();
    return tab;
  };
}

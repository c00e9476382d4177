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

const VIEWPORT = { width: 1280, height: 800 };
/**
 * Where a page the tests are done with waits for its next test: a small static file of the app's own origin. Leaving
 * the app ends its document, runs and workers, as closing the tab did; staying on the origin keeps the tab's renderer
 * process, whose V8 keeps the app's compiled scripts, so the next load in it costs ~0.4 s less than a new tab's (a
 * fresh process that compiles everything again).
 */
const SPARE_PATH = 'scenarios/index.json';

/** The one context of a Vitest run's browser files, and its tabs waiting for their next test. */
interface Shared {
  url: string;
  context: BrowserContext;
  spares: Page[];
  /** The errors list of the file now running: every tab reports there. */
  errors: string[];
}
let shared: Promise<Shared> | undefined;

/** Registers the harness's own listeners on a page (again after a recycle removed the test's). */
function listen(page: Page, s: { errors: string[] }): void {
  // A spare tab's file (not an app page) has no icon link: its /favicon.ico request fails, not the app.
  const app = () => !page.url().endsWith(SPARE_PATH);
  page.on('pageerror', (e) => s.errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && app() && s.errors.push(m.text())));
}

/** Tabs waiting in the spares list (closed, as their tests see it). */
const waiting = new WeakSet<Page>();
/** Tabs in use, in the order they were opened or taken: the last one is in front. */
const inUse: Page[] = [];

/**
 * A new tab whose `close()` sends it to the spare page (SPARE_PATH) without its test's listeners, for a later `open`
 * to load the app in; its real end comes with the browser.
 */
async function recyclableTab(s: Shared): Promise<Page> {
  const page = await s.context.newPage();
  listen(page, s);
  const close = async () => {
    if (waiting.has(page) || page.isClosed()) return;
    waiting.add(page);
    await page.removeAllListeners();
    listen(page, s);
    // Committed is enough: the app's document (its runs, its workers) ends as the spare's commits; the spare's own
    // load is not waited for (measured: 44 closes took 3.5 s against 5.2 s).
    await page.goto(s.url + SPARE_PATH, { waitUntil: 'commit' });
    s.spares.push(page);
    // As when a tab closes, the one opened before it comes to the front: Chromium lowers the priority of a renderer
    // whose tab is behind, and a spare left in front slowed the tab still in use ~3-fold.
    if (inUse.includes(page)) inUse.splice(inUse.indexOf(page), 1);
    await inUse.at(-1)?.bringToFront();
  };
  return Object.assign(page, { close });
}

/**
 * Brings a tab the file keeps (a page shared by its read-only tests, a shared tab) back to the front before a test
 * uses it again, as a user would look at it. A tab behind another gets its timers throttled (about once a second) and
 * no animation frames: an export that waits for either took a second per file in a tab left behind.
 */
export async function toFront(page: Page): Promise<Page> {
  const at = inUse.indexOf(page);
  if (at >= 0 && at !== inUse.length - 1) {
    inUse.splice(at, 1);
    inUse.push(page);
  }
  await page.bringToFront();
  return page;
}

/** A spare tab if there is one (the last one closed), else a new one. */
async function takeTab(s: Shared): Promise<Page> {
  const spare = s.spares.pop();
  const page = spare ?? (await recyclableTab(s));
  inUse.push(page);
  if (spare === undefined) return page;
  waiting.delete(spare);
  // In front, as a new tab would be.
  await spare.bringToFront();
  return spare;
}

/**
 * Browser files under Vitest run one after another in one module graph (vite.config.ts), so they share one browser
 * context and its tabs; each file starts with the origin's storage cleared (saved scenarios, caches), as a context of
 * its own gave it. A script (screenshots, the page bench) builds, serves and starts its own, in a fresh context.
 */
async function sharedContext(): Promise<Shared> {
  shared ??= (async () => {
    const vitest = await import('vitest');
    const browser = await chromium.connect(vitest.inject('chromiumEndpoint'));
    const context = await browser.newContext({ acceptDownloads: true, viewport: VIEWPORT });
    return { url: vitest.inject('appUrl'), context, spares: [], errors: [] };
  })();
  const s = await shared;
  // Any tab of the context can clear the origin's storage: a waiting spare does it where it is, with no load.
  const spare = s.spares.at(-1);
  const page = spare ?? (await takeTab(s));
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(s.url).origin, storageTypes: 'all' });
  await cdp.detach();
  if (spare === undefined) await page.close();
  await s.context.clearCookies();
  s.errors = [];
  return s;
}

/**
 * A browser context on the built app. Under Vitest the browser project's global set-up
 * (serveApp.setup.ts) has built and served the app and started Chromium once for all files; a script
 * (screenshots, the page bench) builds and starts its own.
 */
export async function startHarness(opts: { immutableAssets?: boolean } = {}): Promise<Harness> {
  if (process.env.VITEST) {
    const s = await sharedContext();
    const mine = new Set<Page>();
    return {
      url: s.url,
      context: s.context,
      errors: s.errors,
      async open(hash = '', viewport) {
        const page = await takeTab(s);
        mine.add(page);
        const size = viewport ?? VIEWPORT;
        const now = page.viewportSize();
        if (now?.width !== size.width || now?.height !== size.height) await page.setViewportSize(size);
        await page.goto(s.url + hash);
        return page;
      },
      async close() {
        // Tabs the file left open (shared tabs) go back to the spares, their runs ended.
        for (const page of mine) await page.close();
      },
    };
  }
  const app = await startAppServer(opts);
  try {
    const browser = await chromium.connect(app.chromiumEndpoint);
    const context = await browser.newContext({ acceptDownloads: true, viewport: VIEWPORT });
    const h = { errors: [] as string[] };
    return {
      url: app.url,
      context,
      errors: h.errors,
      async open(hash = '', viewport) {
        const page = await context.newPage();
        if (viewport) await page.setViewportSize(viewport);
        listen(page, h);
        await page.goto(app.url + hash);
        return page;
      },
      async close() {
        await context.close();
        await browser.close(); // a connected browser: this only disconnects
        await app.close();
      },
    };
  } catch (e) {
    await app.close();
    throw e;
  }
}

/**
 * Runs in the page: resolves once `test(arg)` is true, checked at once, after every DOM change (a MutationObserver
 * over the document) and every 100 ms (for a condition no DOM change shows); rejects after `timeout` ms.
 */
function watch(test: (arg: unknown) => unknown, arg: unknown, timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = (error?: Error) => {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(limit);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      try {
        if (test(arg)) stop();
      } catch (e) {
        stop(e instanceof Error ? e : new Error(String(e)));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const poll = setInterval(check, 100);
    const limit = setTimeout(() => stop(new Error(`not true within ${timeout} ms: ${String(test)}`)), timeout);
    check();
  });
}

/**
 * Waits until `test(arg)` is true in the page. It sees the change as the app makes it: Playwright's waitForSelector
 * looks again only every 500 ms after its first few tries (half a second lost per wait for a run), and
 * waitForFunction runs its test on every animation frame, so the page draws 60 frames a second while a test waits.
 * `test` runs in the page: it may use only its argument (JSON) and the page's globals.
 */
export async function until<A>(page: Page, test: (arg: A) => unknown, arg?: A, timeout = 45_000): Promise<void> {
  // Both functions reach the page as source text: under tsx (scripts), esbuild's keepNames wraps named inner functions
  // in a __name() helper the page lacks, so the text runs where __name is an identity function.
  await page.evaluate(`((__name) => (${String(watch)})(${String(test)}, ${JSON.stringify(arg ?? null)}, ${timeout}))((f) => f)`);
}

/** Waits until an element matching `selector` is in the page (or, with `gone`, until none is). */
export function untilSelector(page: Page, selector: string, opts: { timeout?: number; gone?: boolean } = {}): Promise<void> {
  const test = ([sel, gone]: [string, boolean]) => (document.querySelector(sel) === null) === gone;
  return until(page, test, [selector, opts.gone ?? false] as [string, boolean], opts.timeout);
}

/**
 * Waits until the run status reaches `state` (default: done). For "done", also until the results are no longer busy
 * (aria-busy): the table and the panels below the chart are drawn a frame after the curve. Lazy panels (doses,
 * enrichment, interim, sensitivity) arrive on their own time: a test that reads one waits for it.
 */
export function waitFor(page: Page, state = 'done', timeout = 45_000): Promise<void> {
  if (state !== 'done') return untilSelector(page, `[data-testid="run-status"][data-state="${state}"]`, { timeout });
  const test = () =>
    document.querySelector('[data-testid="run-status"][data-state="done"]') !== null &&
    document.querySelector('[data-testid="results"][aria-busy="true"]') === null;
  return until(page, test, undefined, timeout);
}

/**
 * Waits for the run and for the follow-up analyses it starts: each panel named in `panels` (by data-testid, e.g.
 * 'sensitivity', 'loss-view') shown and done, and no search still going (smallest-effect). They end at their own
 * time and change the page's height as they do: a click aimed at a control below them meanwhile can land beside it
 * (a checkbox "did not change its state" in a loaded run of the browser files).
 */
export async function settled(page: Page, panels: readonly string[], timeout = 45_000): Promise<void> {
  await waitFor(page, 'done', timeout);
  const test = (ids: readonly string[]) =>
    ids.every((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-state') === 'done') &&
    document.querySelector('[data-testid="smallest-effect"][data-state="searching"]') === null;
  await until(page, test, panels, timeout);
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
  await until(page, () => document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') !== 'running');
  await recordStates(page);
  await page.evaluate((h) => (location.hash = h), hash);
  await until(page, () => (window as unknown as { __states: string[] }).__states.includes('done'));
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
      const page = await toFront(await before);
      await followLink(page, hash);
      return page;
    })();
    return tab;
  };
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Flags Debian's Chromium needs on this kind of machine (engineering notes). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
}

export interface Harness {
  /** The preview server's address, ending in "/". */
  url: string;
  context: BrowserContext;
  /** Page errors seen so far (uncaught exceptions and console errors). */
  errors: string[];
  open(hash?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the app once into a temp folder, serves it with Vite's preview API, starts Chromium. */
export async function startHarness(): Promise<Harness> {
  const outDir = mkdtempSync(join(tmpdir(), 'stride-build-'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'stride-chromium-'));
  // Vitest sets NODE_ENV=test, which would make Svelte compile in dev mode: build as production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  let server: PreviewServer | undefined;
  let context: BrowserContext | undefined;
  try {
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
    const port = (server.httpServer.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/`;
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1280, height: 800 },
    });
    const errors: string[] = [];
    const ctx = context;
    const srv = server;
    return {
      url,
      context: ctx,
      errors,
      async open(hash = '', viewport) {
        const page = await ctx.newPage();
        if (viewport) await page.setViewportSize(viewport);
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
        await page.goto(url + hash);
        return page;
      },
      async close() {
        await ctx.close();
        await srv.close();
        rmSync(outDir, { recursive: true, force: true });
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context?.close();
    await server?.close();
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

/** Clicks a button and returns the text or bytes of the file it downloads. */
export async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = (await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testId}"]`)])) as [Download, void];
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

export { seedScenario } from '../helpers/seedScenario.ts';

/** The `#scenario=` link for a scenario object. */
export const scenarioHash = (s: unknown): string => `#scenario=${encodeURIComponent(JSON.stringify(s))}`;

/**
 * Starts recording every run-status state in the page (a MutationObserver), so short states are
 * not missed by polling. Read the log with `recordedStates`.
 */
export async function recordStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="run-status"]');
    const w = window as unknown as { __states: string[] };
    w.__states = [];
    if (!el) return;
    new MutationObserver(() => w.__states.push(el.getAttribute('data-state') ?? '')).observe(el, { attributeFilter: ['data-state'] });
  });
}

export function recordedStates(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __states: string[] }).__states);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface AppServer {
  /** The preview server's address, ending in "/". */
  url: string;
  /** Where clients connect to the Chromium this started (chromium.connect). */
  chromiumEndpoint: string;
  close(): Promise<void>;
}

/**
 * Builds the app into a temp folder, serves it with Vite's preview API (in-process: an `npx vite preview`
 * child would be orphaned when killed) and starts Chromium as a server that test files connect to.
 */
export async function startAppServer(): Promise<AppServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'stride-build-'));
  let server: PreviewServer | undefined;
  let browser: BrowserServer | undefined;
  try {
    // Vitest sets NODE_ENV=test, which would make Svelte compile in dev mode: build as production.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
    browser = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    const [srv, chrome] = [server, browser];
    return {
      url: `http://127.0.0.1:${address.port}/`,
      chromiumEndpoint: chrome.wsEndpoint(),
      async close() {
        await chrome.close();
        await srv.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw e;
  }
}

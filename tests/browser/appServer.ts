import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { builtApp } from './appBuild.ts';
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
 * Builds the app (or reuses the build of the same sources), serves it with Vite's preview API (in-process: an `npx vite preview`
 * child would be orphaned when killed) and starts Chromium as a server that test files connect to.
 */
export async function startAppServer(): Promise<AppServer> {
  let server: PreviewServer | undefined;
  // Chromium starts while the app builds; a launch failure is thrown where it is awaited below.
  const launching = chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  launching.catch(() => {});
  try {
    const outDir = await builtApp();
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
    const [srv, chrome] = [server, await launching];
    return {
      url: `http://127.0.0.1:${address.port}/`,
      chromiumEndpoint: chrome.wsEndpoint(),
      async close() {
        await chrome.close();
        await srv.close();
      },
    };
  } catch (e) {
    await (await launching.catch(() => undefined))?.close();
    await server?.close();
    throw e;
  }
}

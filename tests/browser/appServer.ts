import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { builtApp } from './appBuild.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Serves the build's content-hashed files (assets/) as immutable, as a static host should: without it every page
 * load revalidates each of its ~45 scripts and styles (a request and a 304 each, work for the browser, its network
 * service and this server), though a changed file always gets a new name.
 */
function immutableAssets(): Plugin {
  return {
    name: 'stride-immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/')) {
          const setHeader = res.setHeader.bind(res);
          // sirv sets its own Cache-Control after this: keep ours.
          res.setHeader = (name, value) => (name.toLowerCase() === 'cache-control' ? res : setHeader(name, value));
          setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
        next();
      });
    },
  };
}

export interface AppServer {
  /** The preview server's address, ending in "/". */
  url: string;
  /** Where clients connect to the Chromium this started (chromium.connect). */
  chromiumEndpoint: string;
  close(): Promise<void>;
}

/**
 * Builds the app (or reuses the build of the same sources), serves it with Vite's preview API (in-process: an
 * `npx vite preview` child would be orphaned when killed) and starts Chromium as a server that test files connect to.
 * Assets are served immutable unless `immutableAssets` is false (the page bench: as a revalidating host serves them).
 * Chromium gets `chromiumArgs` (default: CHROMIUM_ARGS, as users run it; the test files': TEST_CHROMIUM_ARGS).
 */
export async function startAppServer(opts: { immutableAssets?: boolean; chromiumArgs?: readonly string[] } = {}): Promise<AppServer> {
  let server: PreviewServer | undefined;
  // Chromium starts while the app builds; a launch failure is thrown where it is awaited below.
  const launching = chromium.launchServer({ executablePath: chromiumPath(), args: [...(opts.chromiumArgs ?? CHROMIUM_ARGS)], headless: true });
  launching.catch(() => {});
  try {
    const outDir = await builtApp();
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
      plugins: opts.immutableAssets === false ? [] : [immutableAssets()],
    });
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

import type { TestProject } from 'vitest/node';
import { startAppServer } from './appServer.ts';
import { TEST_CHROMIUM_ARGS } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, ending in "/". */
    appUrl: string;
    /** Where the test files connect to the one Chromium they share (in one context, its storage cleared per file: harness.ts). */
    chromiumEndpoint: string;
  }
}

/**
 * Global set-up of the browser project: builds and serves the app and starts Chromium once per run, not
 * once per file (the production build alone takes seconds). The files share one browser context and its tabs, each
 * starting with the origin's storage cleared (tests/browser/harness.ts), as its own profile gave it before.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const app = await startAppServer({ chromiumArgs: TEST_CHROMIUM_ARGS });
  project.provide('appUrl', app.url);
  project.provide('chromiumEndpoint', app.chromiumEndpoint);
  return () => app.close();
}

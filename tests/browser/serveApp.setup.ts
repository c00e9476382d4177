import type { TestProject } from 'vitest/node';
import { startAppServer } from './appServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, ending in "/". */
    appUrl: string;
    /** Where the test files connect to the one Chromium they share (each in a context of its own). */
    chromiumEndpoint: string;
  }
}

/**
 * Global set-up of the browser project: builds and serves the app and starts Chromium once per run, not
 * once per file (the production build alone takes seconds). Each file opens its own browser context:
 * fresh storage and downloads, as its own profile gave it before.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const app = await startAppServer();
  project.provide('appUrl', app.url);
  project.provide('chromiumEndpoint', app.chromiumEndpoint);
  return () => app.close();
}

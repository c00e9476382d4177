import { startBrowserPool, type BrowserPool } from './browserPool.ts';

let pool: BrowserPool | null = null;

/** The page's one warm pool of simulation workers, started on first use and shared by every view. */
export function sharedBrowserPool(): BrowserPool {
  pool ??= startBrowserPool();
  return pool;
}

import { execFileSync } from 'node:child_process';

/**
 * The features Playwright itself disables (playwright-core's chromiumSwitches.ts). Chromium keeps only the last
 * `--disable-features` flag it is given, and ours comes after Playwright's, so ours repeats this list
 * (tests/browser/chromiumFlags.test.ts checks it against the installed playwright-core).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Each new window of this Chromium (every Playwright page) otherwise starts a renderer of its own for the address
 * bar's WebUI popups, which headless never shows: about 1 s of CPU per page, as much as the app's own load and run.
 */
export const OUR_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

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
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
];

/**
 * The browser project's Chromium (serveApp.setup.ts) also runs V8 without background threads: no concurrent or
 * parallel garbage collection, no compiling on other threads. On a 2-core machine the page's thread and its workers
 * already keep both cores busy, and V8's helpers only compete with them: over whole runs it cut the browser files'
 * CPU by ~16–45 core-s and their wall time by ~7 s (~7%; 3 interleaved pairs of `npm test`: 130, 133, 135 s against
 * 136, 140, 155 s). It changes when code is compiled and memory collected, never what a script computes. Scripts that
 * show or time what users get (screenshots, the page bench) run Chromium as users do, without it.
 */
export const TEST_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--js-flags=--single-threaded'];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
}

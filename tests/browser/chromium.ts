import { execFileSync } from 'node:child_process';

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
  // Each new window of this Chromium (every Playwright page) otherwise starts a renderer of its own for the address
  // bar's WebUI popups, which headless never shows: about 1 s of CPU per page, as much as the app's own load and run.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
}

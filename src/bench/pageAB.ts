/**
 * The page bench's figures for two (or more) builds of the app, A/B interleaved, as medians (issue 11). The
 * machine is shared and noisy, so one build's run is always next to the other's: each round runs every build
 * once, each going first in turn, on one Chromium. Build A from one tree and B from another (`npx vite build --outDir DIR`), then:
 *   npx tsx src/bench/pageAB.ts DIR_A DIR_B [DIR_C …] [--rounds 5] [--long]
 * Per round and build: the first curve after load in a fresh browser context (cold) and again in it (warm),
 * the 3 × 20 × 10k grid with Welch + Holm and Student + Dunnett, and with --long the 20 M-trial run.
 */
import { median } from 'd3-array';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser/chromium.ts';
import { firstCurve, RECORDER, threeArms, timedRun } from './pageBench.ts';

type Figures = Record<string, number>;

async function serve(dir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({ root: process.cwd(), logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** One round of figures for the app at `url`, in a fresh context (empty HTTP cache). */
async function round(browser: Browser, url: string, long: boolean): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER);
    const cdp = await context.newCDPSession(page);
    const f: Figures = {};
    f['first curve cold ms'] = (await firstCurve(page, url)).ms;
    f['first curve warm ms'] = (await firstCurve(page, url)).ms;
    const runs: [string, Record<string, unknown>][] = [
      ['welch+holm 10k', threeArms('welch', 'holm', 10_000)],
      ['student+dunnett 10k', threeArms('student', 'dunnett', 10_000)],
    ];
    if (long) runs.push(['welch+bonferroni 20M', threeArms('welch', 'bonferroni', 1_000_000)]);
    for (const [name, scenario] of runs) {
      const r = await timedRun(page, cdp, scenario);
      f[`${name} s`] = r.seconds;
      f[`${name} busy %`] = 100 * r.taskShare;
      f[`${name} main CPU ms`] = 1000 * r.taskCpu;
      f[`${name} gap ms`] = r.longestGapMs;
    }
    return f;
  } finally {
    await context.close();
  }
}

const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (dirs.length < 2) throw new Error('usage: npx tsx src/bench/pageAB.ts DIR_A DIR_B [DIR_C …] [--rounds N] [--long]');
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 5) || 5;
const long = args.includes('--long');
const served = await Promise.all(dirs.map(serve));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const seen: Figures[][] = dirs.map(() => []);
try {
  for (let i = 0; i < rounds; i++) {
    // Each build goes first in turn (A B C, B C A, …), so a burst of load on the machine hits none of them always.
    for (let j = 0; j < dirs.length; j++) {
      const k = (i + j) % dirs.length;
      seen[k].push(await round(browser, served[k].url, long));
    }
    console.log(`round ${i + 1}/${rounds} done`);
  }
} finally {
  await browser.close();
  await Promise.all(served.map((s) => s.server.close()));
}
const letter = (k: number) => String.fromCharCode(65 + k);
console.log(`medians of ${rounds} rounds (min–max)  ${dirs.map((d, k) => `${letter(k)}: ${d}`).join('  ')}`);
for (const key of Object.keys(seen[0][0])) {
  const cell = (k: number) => {
    const xs = seen[k].map((f) => f[key]);
    return `${(median(xs) ?? NaN).toFixed(key.endsWith(' s') ? 2 : 0)} (${Math.min(...xs).toFixed(key.endsWith(' s') ? 2 : 0)}–${Math.max(...xs).toFixed(key.endsWith(' s') ? 2 : 0)})`;
  };
  console.log(`${key.padEnd(32)} ${dirs.map((_, k) => `${letter(k)} ${cell(k).padEnd(22)}`).join(' ')}`);
}

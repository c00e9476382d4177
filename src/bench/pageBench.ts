/**
 * The page's speed in Chromium with the built app (issue 11): the 3 × 20 × 10k grid's time for
 * Welch + Holm and Student + Dunnett, the first curve after load, and during a run the longest gap
 * between animation frames and the main thread's busy share (long tasks, > 50 ms each, as the
 * browser reports them; shorter tasks are not counted, so the share is a lower bound).
 * Prints figures only; no test asserts on them. Run: `npm run bench:page` (or as the last part of `npm run bench`).
 */
import { median } from 'd3-array';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { scenarioHash, startHarness, waitFor } from '../../tests/browser/harness.ts';
import { bundleSizes, scriptsKb } from './bundleSize.ts';

const grid = Array.from({ length: 20 }, (_, i) => 10 + 10 * i);

export function threeArms(test: string, multiplicity: string, sims: number): Record<string, unknown> {
  return {
    name: `bench ${test} + ${multiplicity}`,
    endpoint: { type: 'continuous' },
    arms: [
      { label: 'Control', mean: 0, sd: 1 },
      { label: 'Low', mean: 0.3, sd: 1 },
      { label: 'High', mean: 0.5, sd: 1 },
    ],
    analysis: { test, alpha: 0.05, sides: 2, multiplicity },
    design: { nPerArm: grid },
    simulation: { sims, seed: 'page-bench' },
  };
}

/** Frame and long-task recorders, installed before the app's scripts run. */
export const RECORDER = `(() => {
  const w = window;
  w.__frames = []; w.__long = [];
  const tick = (t) => { w.__frames.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver(() => {
    if (w.__firstCurve === undefined && document.querySelector('[data-testid="power-chart"] path[data-arm]')) {
      w.__firstCurve = performance.now();
    }
  }).observe(document, { subtree: true, childList: true });
})();`;

export interface RunFigures {
  seconds: number;
  longestGapMs: number;
  busyShare: number;
  /** Share of the run the renderer's main thread spent in tasks of any length (traced RunTask events). */
  taskShare: number;
  /**
   * CPU seconds the main thread spent in those tasks (their thread time): unlike the share, it does not grow
   * when a busy machine holds the thread off the CPU mid-task, so it compares builds on a shared machine.
   */
  taskCpu: number;
  /** Time from the click to the first frame after it (a stall at the start shows here). */
  firstFrameMs: number;
}

/**
 * Traces the renderer while `during` runs and returns the seconds its main thread spent in tasks
 * (RunTask events on CrRendererMain; the workers' threads are not counted).
 */
async function mainThreadSeconds(cdp: CDPSession, during: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  const events: { name: string; ph: string; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[] = [];
  const collect = (d: { value: object[] }) => events.push(...(d.value as typeof events));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  let us = 0;
  let cpu = 0;
  for (const e of events) {
    if (e.tid !== main || e.ph !== 'X' || e.name !== 'RunTask') continue;
    us += e.dur ?? 0;
    cpu += e.tdur ?? e.dur ?? 0;
  }
  return { wall: us / 1e6, cpu: cpu / 1e6 };
}

/**
 * Loads the scenario link and lets its first run finish (page start-up is not part of a run), then
 * clicks "Run again" and times that run from the click to "done", reading the frame and task records.
 */
export async function timedRun(page: Page, cdp: CDPSession, scenario: unknown): Promise<RunFigures> {
  const url = page.url().split('#')[0];
  await page.goto('about:blank');
  await page.goto(url + scenarioHash(scenario));
  await waitFor(page, 'done', 300_000);
  await page.waitForTimeout(1500); // let the follow-up runs (sensitivity) settle
  // The end of the run is caught in the page by a MutationObserver, not by polling selectors from the
  // harness: Playwright's polling queries the DOM every frame, which is work the page itself would not do.
  await page.evaluate(() => {
    const w = window as unknown as { __runEnd?: Promise<number> };
    w.__runEnd = new Promise<number>((resolve) => {
      let started = false;
      const obs = new MutationObserver(() => {
        const state = document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state');
        if (state !== 'done') started = true;
        else if (started) {
          obs.disconnect();
          resolve(performance.now());
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
  });
  // The click is a plain mouse click at the button (as a user's), found before the trace starts: page.click would
  // first run Playwright's own checks in the page (scrolling, hit-testing, selector queries), page-thread work the
  // app does not cause, counted in the busy share (~2–3 ms a click).
  const box = await page.locator('[data-testid="run"]').boundingBox();
  if (box === null) throw new Error('the Run again button is not visible');
  let t0 = 0;
  let end = 0;
  const busy = await mainThreadSeconds(cdp, async () => {
    t0 = await page.evaluate(() => performance.now());
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    end = await page.evaluate(() => (window as unknown as { __runEnd: Promise<number> }).__runEnd);
  });
  const r = await page.evaluate(
    ([a, b]) => {
      const w = window as unknown as { __frames: number[]; __long: [number, number][] };
      const f = w.__frames.filter((t) => t >= a && t <= b);
      let gap = 0;
      for (let i = 1; i < f.length; i++) gap = Math.max(gap, f[i] - f[i - 1]);
      let busy = 0;
      for (const [s, d] of w.__long) busy += Math.max(0, Math.min(s + d, b) - Math.max(s, a));
      const firstFrame = f.length > 0 ? f[0] - a : NaN;
      return { seconds: (b - a) / 1000, longestGapMs: gap, busyShare: busy / (b - a), firstFrameMs: firstFrame };
    },
    [t0, end],
  );
  return { ...r, taskShare: busy.wall / r.seconds, taskCpu: busy.cpu };
}

/**
 * Milliseconds from a click on a figure's PNG export (`{prefix}-png`) to the browser's download, right after its SVG
 * export (as a user exports both): Chromium's asynchronous canvas encoders wait for an idle moment of the page's thread, and right
 * after a download there was none for about a second. Medians of `rounds`.
 */
export async function pngAfterSvgMs(page: Page, prefix: string, rounds = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${prefix}-svg"]`)]);
    const t0 = performance.now();
    await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${prefix}-png"]`)]);
    times.push(performance.now() - t0);
  }
  return median(times) ?? NaN;
}

/** Loads the app and returns when its first curve appeared and the scripts the page had fetched by then. */
export async function firstCurve(page: Page, base: string): Promise<{ ms: number; scripts: string[] }> {
  await page.goto('about:blank');
  await page.goto(base);
  await page.waitForSelector('[data-testid="results-table"]', { timeout: 30_000 });
  return page.evaluate(() => {
    const ms = (window as unknown as { __firstCurve?: number }).__firstCurve ?? NaN;
    // Each URL once (every worker fetches the same worker script; the HTTP cache serves the repeats).
    const scripts = new Set(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= ms && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => e.name),
    );
    return { ms, scripts: [...scripts] };
  });
}

/** Prints the page figures; `npm run bench` calls it after the engine's figures. */
export async function pageBench(): Promise<void> {
  // Assets revalidated on every load, as many static hosts serve them (the tests' server marks them immutable).
  const h = await startHarness({ immutableAssets: false });
  try {
    const page = await h.open();
    await page.addInitScript(RECORDER);
    const cdp = await page.context().newCDPSession(page);
    const size = await bundleSizes(h.url);
    const loads: { ms: number; scripts: string[] }[] = [];
    for (let i = 0; i < 3; i++) loads.push(await firstCurve(page, h.url));
    console.log(`page: first curve after load ${loads.map((x) => x.ms.toFixed(0)).join(', ')} ms (cold, warm, warm)`);
    const page0 = loads[0].scripts;
    const worker = (u: string) => new URL(u).pathname.includes('.worker');
    console.log(
      `page: JS gzip: entry ${size.entryKb.toFixed(1)} kB; first load (entry + modulepreloaded chunks) ${size.firstLoadKb.toFixed(1)} kB, CSS ${size.cssKb.toFixed(1)} kB; ` +
        `by the first curve ${(await scriptsKb(page0.filter((u) => !worker(u)))).toFixed(1)} kB of page scripts and ${(await scriptsKb(page0.filter(worker))).toFixed(1)} kB of worker script`,
    );
    for (const [test, mult] of [
      ['welch', 'holm'],
      ['student', 'dunnett'],
    ]) {
      const r = await timedRun(page, cdp, threeArms(test, mult, 10_000));
      console.log(
        `page: 3 arms × 20 n × 10k, ${test} + ${mult}: ${r.seconds.toFixed(2)} s; longest frame gap ${r.longestGapMs.toFixed(0)} ms; ` +
          `main thread busy ${(100 * r.taskShare).toFixed(0)}% (CPU ${(1000 * r.taskCpu).toFixed(0)} ms; long tasks ${(100 * r.busyShare).toFixed(0)}%); first frame after the click ${r.firstFrameMs.toFixed(0)} ms`,
      );
    }
    const long = await timedRun(page, cdp, threeArms('welch', 'bonferroni', 1_000_000));
    console.log(
      `page: long run (3 arms × 20 n × 1M = 20 M trials, welch + bonferroni): ${long.seconds.toFixed(2)} s; longest frame gap ${long.longestGapMs.toFixed(0)} ms; ` +
        `main thread busy ${(100 * long.taskShare).toFixed(0)}% (CPU ${(1000 * long.taskCpu).toFixed(0)} ms; long tasks ${(100 * long.busyShare).toFixed(0)}%); first frame after the click ${long.firstFrameMs.toFixed(0)} ms`,
    );
    // On the dose-finding preset's heatmap, below the chart, where the wait showed.
    const dose = (await fetch(new URL('scenarios/dose-finding-t25fw.json', h.url)).then((r) => r.json())) as { simulation: { sims: number } };
    dose.simulation.sims = 500;
    await page.goto('about:blank');
    await page.goto(h.url + scenarioHash(dose));
    await waitFor(page, 'done', 60_000);
    await page.waitForSelector('[data-testid="heatmap-png"]');
    console.log(`page: the heatmap's PNG export right after its SVG export, click to download: ${(await pngAfterSvgMs(page, 'heatmap')).toFixed(0)} ms (median of 5)`);
    if (h.errors.length) console.log(`page errors: ${h.errors.join(' | ')}`);
  } finally {
    await h.close();
  }
}

// Run directly (npm run bench:page): only the page figures.
if (basename(process.argv[1] ?? '') === basename(fileURLToPath(import.meta.url))) await pageBench();

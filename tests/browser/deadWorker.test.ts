import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { recordedStates, recordStates, scenarioHash, trialScenario, startHarness, tableCells, waitFor, until, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const SIMS = 100_000;
const big = trialScenario('t25fw-edss6.json', SIMS);

/** Ends one of the page's workers as a crash would, without an event: self.close() inside it. */
async function closeAWorker(page: Page): Promise<boolean> {
  const w = page.workers()[0];
  if (!w) return false;
  return w.evaluate(() => self.close()).then(
    () => true,
    () => false, // it was already gone
  );
}

/**
 * Whether a worker holds its lifeline lock (named as the worker) and the page waits on it: its death is then heard
 * at once. Before that (a worker still loading), only the start-up deadline notices it (browserWorker.ts).
 */
async function lifelineInPlace(w: Worker): Promise<boolean> {
  return w
    .evaluate(async () => {
      const { held = [], pending = [] } = await navigator.locks.query();
      return held.some((l) => l.name === self.name) && pending.some((l) => l.name === self.name);
    })
    .catch(() => false);
}

const status = (page: Page) => page.getAttribute('[data-testid="run-status"]', 'data-state');
const trialsDone = (page: Page) => page.getAttribute('[data-testid="run-status"] [role="progressbar"]', 'aria-valuenow').then(Number);

describe('a worker that dies mid-run', () => {
  it('is replaced and its batch re-sent: the run finishes with the numbers of an undisturbed run', async () => {
    const v = validateScenario(big);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));

    const page = await h.open(scenarioHash(big));
    await waitFor(page, 'running');
    await recordStates(page);
    await until(page, () => Number(document.querySelector('[data-testid="run-status"] [role="progressbar"]')?.getAttribute('aria-valuenow')) > 0);
    // A run this big uses every seat of the pool (workerCount.ts), whose later seats start their workers on first use.
    const workers = await page.evaluate(() => Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2)));
    await expect.poll(() => page.workers().length, { timeout: 10_000, interval: 50 }).toBe(workers);
    // The lazily started worker may still be loading: wait until every worker's lifeline is in place (seen once in a
    // full run: a worker closed while it loaded was heard of only by the start-up deadline, 10 s later).
    await expect.poll(async () => (await Promise.all(page.workers().map(lifelineInPlace))).every(Boolean), { timeout: 10_000, interval: 50 }).toBe(true);
    const victim = page.workers()[0];
    const t0 = Date.now();
    expect(await closeAWorker(page)).toBe(true);
    expect(await status(page)).toBe('running');
    const total = Number(await page.getAttribute('[data-testid="run-status"] [role="progressbar"]', 'aria-valuemax'));
    expect(await trialsDone(page)).toBeLessThan(total / 2);
    // Heard at once through the worker's Web Lock (the watchdog alone would wait at least 10 s).
    await expect.poll(() => page.workers().length === workers && !page.workers().includes(victim), { timeout: 5_000, interval: 50 }).toBe(true);
    const replacedMs = Date.now() - t0;
    // The undisturbed run's numbers, computed here while the page's run goes on (~1 s of this thread's time).
    const expected = simulate(v.scenario).rows.map((r) => ({ arm: r.arm, n: r.nPerArm, power: String(r.power) }));
    expect(total).toBe(SIMS * expected.length);
    await waitFor(page, 'done', 60_000);
    const finishedMs = Date.now() - t0;
    expect(await tableCells(page)).toEqual(expected);
    expect(await recordedStates(page)).toEqual(['done']);
    expect(h.errors).toEqual([]);
    console.log(`closed 1 of ${workers} workers mid-run: replaced after ${replacedMs} ms, run done ${finishedMs} ms later, identical numbers`);
    await page.close();
  });

  it('workers that keep dying end the run with a message; the typed inputs stay and the next run works', async () => {
    // The longest run a scenario allows (18 M trials, many seconds): it must outlast the closing loop below, which
    // needs four failures; at 100k trials a run could finish between closings on a loaded machine (status 'done').
    const page = await h.open(scenarioHash(trialScenario('t25fw-edss6.json', 1_000_000)));
    await waitFor(page, 'running');
    await page.fill('[data-field="arms[1].mean"]', '5'); // typed by the user: starts a new run
    await waitFor(page, 'running');
    let kills = 0;
    while ((await status(page)) === 'running' && kills < 20) {
      if (await closeAWorker(page)) kills += 1;
      await page.waitForTimeout(150);
    }
    expect(await status(page), 'the run ended before the workers failed often enough').not.toBe('done');
    // The last death is heard either through the lifeline (it closed) or, when the loop closed a replacement before it
    // took its lifeline (likelier on a loaded machine, where start-up is slow), by the start-up deadline: up to 10 s
    // after that replacement was started, so the wait is longer than that.
    await waitFor(page, 'error', 15_000);
    await expect(page.locator('[data-testid="run-error"]').textContent()).resolves.toMatch(
      /^The simulation stopped: (a worker failed 4 times in this run|the same batch of trials failed 2 times) \(last time it (closed|did not start within 10 s)\)\. Run it again to start fresh workers\.$/,
    );
    expect(await page.inputValue('[data-field="arms[1].mean"]')).toBe('5');
    // The next run gets fresh workers and finishes.
    await page.fill('[data-field="simulation.sims"]', '500');
    await waitFor(page, 'done');
    const arms = big.arms as Record<string, unknown>[];
    const s = validateScenario({ ...big, arms: [arms[0], { ...arms[1], mean: 5 }], simulation: { ...big.simulation, sims: 500 } });
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    expect((await tableCells(page)).map((c) => c.power)).toEqual(simulate(s.scenario).rows.map((r) => String(r.power)));
    expect(await page.inputValue('[data-field="arms[1].mean"]')).toBe('5');
    expect(h.errors).toEqual([]);
    console.log(`${kills} workers closed before the run ended in error`);
    await page.close();
  });
});

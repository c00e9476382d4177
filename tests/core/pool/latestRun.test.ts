import { describe, expect, it, vi } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { experimentJob } from '../../../src/core/run/experimentJob.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { seatsFor } from '../../../src/pool/seat.ts';
import { PROGRESS_MS } from '../../../src/pool/runPool.ts';
import { LatestRun } from '../../../src/state/latestRun.svelte.ts';
import { scenario } from '../sim/helpers.ts';
import { inProcessRemote } from './fakes.ts';

// The runes class's logic, in the node environment (Svelte compiles it for the server: plain fields, no effects).
const s = scenario({
  arms: [
    { label: 'Control', mean: 0, sd: 1 },
    { label: 'Treatment', mean: 0.5, sd: 1.2 },
  ],
  design: { nPerArm: [10, 30] },
  simulation: { sims: 3_000, seed: 'latest' },
});
const other = scenario({ ...s.written, simulation: { sims: 2_000, seed: 'other' } });

function planner() {
  const remotes = [inProcessRemote(), inProcessRemote()];
  let runs = 0;
  const counted = remotes.map((r) => ({ run: ((...a: Parameters<typeof r.run>) => (runs++, r.run(...a))) as typeof r.run }));
  return { run: new LatestRun(plannerJob, () => seatsFor(counted)), batches: () => runs };
}

describe('the latest run', () => {
  it('shows the final result with its parameters and key, and its trial counts', async () => {
    const { run } = planner();
    const r = await run.start(s, 'k1');
    expect(r).toEqual(simulate(s));
    expect(run.result).toEqual(r);
    expect([run.status, run.key, run.params, run.done, run.total]).toEqual(['done', 'k1', s, r!.trialsTotal, r!.trialsTotal]);
  });

  it('a first run shows its first batch at once; a rerun keeps the shown result for its first PROGRESS_MS', async () => {
    // Workers that take 8 ms a task, so each run (160 tasks on two) lasts over half a second: with 3 ms a run could end
    // in the batch that crossed PROGRESS_MS on a busy machine, showing only its final result.
    const slow = [inProcessRemote(), inProcessRemote()].map((r) => ({
      run: (async (...a: Parameters<typeof r.run>) => (await new Promise((res) => setTimeout(res, 8 * a[3].length)), r.run(...a))) as typeof r.run,
    }));
    const run = new LatestRun(plannerJob, () => seatsFor(slow));
    const long = (seed: string) => scenario({ ...s.written, simulation: { sims: 80_000, seed } });
    const shownAt = async (key: string, t0: number) => {
      await vi.waitFor(() => expect(run.key).toBe(key), { timeout: 10_000, interval: 2 });
      return { ms: performance.now() - t0, status: run.status };
    };
    let t0 = performance.now();
    const first = run.start(long('one'), 'one');
    const a = await shownAt('one', t0);
    expect(a.status).toBe('running');
    expect(a.ms).toBeLessThan(PROGRESS_MS);
    await first;
    t0 = performance.now();
    const second = run.start(long('two'), 'two');
    const b = await shownAt('two', t0);
    expect(b.status).toBe('running'); // a partial result, after the wait
    expect(b.ms).toBeGreaterThanOrEqual(PROGRESS_MS);
    expect(await second).toEqual(simulate(long('two')));
  });

  it('a new start supersedes the running one: its result is never shown', async () => {
    const { run } = planner();
    const first = run.start(s, 'a');
    const second = run.start(other, 'b');
    expect(await first).toBeNull();
    expect(await second).toEqual(simulate(other));
    expect([run.status, run.key, run.requested]).toEqual(['done', 'b', 'b']);
  });

  it('a cancel stops the run, marked cancelled', async () => {
    const { run } = planner();
    const p = run.start(s, 'a');
    run.cancel();
    expect(await p).toBeNull();
    expect(run.status).toBe('cancelled');
  });

  it('request runs only what is not already shown or running', async () => {
    const { run, batches } = planner();
    run.request(s, 'a');
    run.request(s, 'a');
    await vi.waitFor(() => expect(run.status).toBe('done'));
    const sent = batches();
    run.request(s, 'a');
    expect(batches()).toBe(sent);
    expect(run.status).toBe('done');
  });

  it('failures end in words', async () => {
    const run = new LatestRun(experimentJob('many-looks'), () => seatsFor([inProcessRemote()]));
    expect(await run.start({ seed: 's', sims: 1000, kMax: 0, rho: 0, alpha: 0.05 })).toBeNull();
    expect([run.status, run.error]).toEqual(['error', 'kMax must be a whole number in [1, 200], got 0']);
  });
});

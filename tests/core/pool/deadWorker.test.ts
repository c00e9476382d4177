import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { MAX_FAILURES, MAX_TRIES } from '../../../src/pool/dispatch.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { solveJob } from '../../../src/core/run/solveJob.ts';
import { runPool } from '../../../src/pool/runPool.ts';
import { deadlineMs, DEFAULT_LIMITS } from '../../../src/pool/watchdog.ts';
import { scenario } from '../sim/helpers.ts';
import { fakeSeats } from './fakes.ts';

const s = scenario({
  arms: [
    { label: 'Control', mean: 0, sd: 1 },
    { label: 'Low', mean: 0.4, sd: 1 },
    { label: 'High', mean: 0.7, sd: 1.5 },
  ],
  analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'holm' },
  design: { nPerArm: [10, 20, 30], dropout: 0.1 },
  simulation: { sims: 6000, seed: 'dead-worker' },
});
const direct = simulate(s);
// Short watchdog limits so a hung fake is given up on in tens of milliseconds.
const limits = { firstMs: 100, floorMs: 100, factor: 20, graceMs: 5 };
const opts = { batchMs: 1, limits };

describe('a dead or hung worker is replaced and its batch re-sent, with identical numbers', () => {
  it('a worker that dies once (exit event) mid-run', async () => {
    const { seats, log } = fakeSeats(2, (seat, life, call) => (seat === 0 && life === 0 && call === 3 ? 'die' : 'ok'));
    const { result: r } = await runPool(seats, plannerJob, s, opts);
    expect(r.rows).toEqual(direct.rows);
    expect(r.points).toEqual(direct.points);
    expect(log.spawned).toEqual([2, 1]);
    expect(seats[0].current.deadReason()).toBeNull(); // the shared pool keeps a live worker
  });

  it('a worker that never answers (self.close(): no event), caught by the watchdog', async () => {
    const { seats, log } = fakeSeats(3, (seat, life, call) => (seat === 1 && life === 0 && call === 2 ? 'hang' : 'ok'));
    // Without the watchdog the run would wait forever (the test's timeout would fail it).
    const { result: r } = await runPool(seats, plannerJob, s, opts);
    expect(r.rows).toEqual(direct.rows);
    expect(log.spawned).toEqual([1, 2, 1]);
  });

  it('a worker whose batch throws', async () => {
    const { seats, log } = fakeSeats(2, (seat, life, call) => (seat === 1 && life === 0 && call === 1 ? 'reject' : 'ok'));
    const { result: r } = await runPool(seats, plannerJob, s, opts);
    expect(r.rows).toEqual(direct.rows);
    expect(log.spawned).toEqual([1, 2]);
  });

  it('a reply that comes after the deadline is dropped: no batch is counted twice', async () => {
    // Plain remotes cannot be restarted: the late worker keeps working and its late reply arrives.
    const { seats, log } = fakeSeats(2, (seat, _life, call) => (seat === 0 && call === 1 ? 'late' : 'ok'), 300);
    const { result: r } = await runPool(seats.map((x) => x.current.remote), plannerJob, s, opts);
    await new Promise((res) => setTimeout(res, 350));
    expect(r.rows).toEqual(direct.rows);
    expect(r.trialsDone).toBe(direct.trialsDone);
    expect(log.lateReplies).toBe(1); // it did arrive, and was not added
  });

  it('several failures of different kinds within the budget', async () => {
    const bad = ['die', 'hang', 'reject'] as const;
    const { seats } = fakeSeats(2, (seat, life, call) => (seat === 0 && life < 3 && call === 1 ? bad[life] : 'ok'));
    const { result: r } = await runPool(seats, plannerJob, s, opts);
    expect(r.rows).toEqual(direct.rows);
  });
});

describe('a shared pool', () => {
  it('two runs at once on the same workers: one death, one replacement, both runs exact', async () => {
    const { seats, log } = fakeSeats(2, (seat, life, call) => (seat === 1 && life === 0 && call === 4 ? 'die' : 'ok'));
    const other = scenario({ ...s.written, simulation: { sims: 5000, seed: 'other' } });
    const [{ result: a }, { result: b }] = await Promise.all([runPool(seats, plannerJob, s, opts), runPool(seats, plannerJob, other, opts)]);
    expect(a.rows).toEqual(direct.rows);
    expect(b.rows).toEqual(simulate(other).rows);
    expect(log.spawned).toEqual([1, 2]);
  });

  it('a worker that died between runs is replaced before the next run sends it anything', async () => {
    const { seats, log } = fakeSeats(2, () => 'ok');
    seats[0].current.stop('it closed'); // as the lifeline would report it
    const { result: r } = await runPool(seats, plannerJob, s, opts);
    expect(r.rows).toEqual(direct.rows);
    expect(log.spawned).toEqual([2, 1]);
  });
});

describe('workers that keep failing end the run with a message, and the next run works', () => {
  it(`more than ${MAX_FAILURES} failures in one run`, async () => {
    // Every worker in seat 0 dies on its 2nd batch for the first 4 lives; later lives are healthy.
    const { seats, log } = fakeSeats(2, (seat, life, call) => (seat === 0 && life <= MAX_FAILURES && call === 1 ? 'die' : 'ok'));
    const err = await runPool(seats, plannerJob, s, opts).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ name: 'WorkerFailure' });
    expect((err as Error).message).toBe(
      `The simulation stopped: a worker failed ${MAX_FAILURES + 1} times in this run (last time it exited with code 1). Run it again to start fresh workers.`,
    );
    expect(log.spawned[0]).toBe(MAX_FAILURES + 2); // the last dead worker was replaced too
    const { result: again } = await runPool(seats, plannerJob, s, opts);
    expect(again.rows).toEqual(direct.rows);
  });

  it(`the same batch failing ${MAX_TRIES} times (it is what kills the worker)`, async () => {
    const { seats } = fakeSeats(2, () => 'reject');
    await expect(runPool(seats, plannerJob, s, opts)).rejects.toThrow(
      `The simulation stopped: the same batch of trials failed ${MAX_TRIES} times (last time it failed: RangeError: Maximum call stack size exceeded).`,
    );
  });

  it('a worker that never answers and cannot be restarted does not make the run wait forever', async () => {
    const { seats } = fakeSeats(1, () => 'hang');
    // Waiting forever would fail on the test's timeout; the message says the watchdog's 0.1 s fired.
    await expect(runPool([seats[0].current.remote], plannerJob, s, opts)).rejects.toThrow(/the same batch of trials failed 2 times \(last time it did not answer within 0\.1 s\)/);
  });

  it("a job's own task limit (a whole search per task) replaces the first-batch limit, and still ends a hang", async () => {
    const { seats } = fakeSeats(1, () => 'hang');
    const longTasks = { ...plannerJob, taskLimitMs: 150 };
    await expect(runPool([seats[0].current.remote], longTasks, s, { batchMs: 1, limits: { graceMs: 10 } })).rejects.toThrow(
      /did not answer within 0\.1 s\)|did not answer within 0\.2 s\)/,
    );
    expect(solveJob.taskLimitMs).toBeGreaterThanOrEqual(5 * 60_000);
  });

  it('cancelling while a worker hangs ends the run at once with an AbortError', async () => {
    const { seats } = fakeSeats(2, () => 'hang');
    const ctrl = new AbortController();
    const p = runPool(seats, plannerJob, s, { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 20);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the watchdog deadline', () => {
  it('is long before anything is measured, then generous multiples of the slowest task, never under the floor', () => {
    expect(deadlineMs(DEFAULT_LIMITS, 5, null)).toBe(60_000);
    expect(deadlineMs(DEFAULT_LIMITS, 10, 1)).toBe(10_000);
    expect(deadlineMs(DEFAULT_LIMITS, 64, 50)).toBe(64_000);
  });
});

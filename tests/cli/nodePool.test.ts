import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { spawnTsWorker, startNodePool } from '../../src/cli/nodePool.ts';
import { simulate } from '../../src/core/engine.ts';
import { plannerJob } from '../../src/core/run/plannerJob.ts';
import { runPool } from '../../src/pool/runPool.ts';
import { scenario } from '../core/sim/helpers.ts';

const s = scenario({
  arms: [
    { label: 'Control', mean: 0, sd: 1 },
    { label: 'Treatment', mean: 0.5, sd: 1.2 },
  ],
  analysis: { test: 'welch', alpha: 0.05, sides: 2 },
  design: { nPerArm: [20, 40, 60, 80] },
  simulation: { sims: 40_000, seed: 'node-dead-worker' },
});
const direct = simulate(s);
const DYING = new URL('./fixtures/dying.node-worker.ts', import.meta.url);
const ENGINE = new URL('../../workers/sim.node-worker.ts', import.meta.url);

describe('worker threads that die mid-run (real worker_threads)', () => {
  it('one thread ends itself (process.exit) and another is terminated from outside: same numbers', async () => {
    let started = 0;
    const threads: Worker[] = [];
    // The first thread exits on its 3rd batch; later threads are healthy.
    const pool = await startNodePool(2, () => {
      const w = spawnTsWorker(started++ === 0 ? DYING : ENGINE, { workerData: { dieAt: 3 } });
      threads.push(w);
      return w;
    });
    try {
      let killed = false;
      const { result: r } = await runPool(pool.seats, plannerJob, s, {
        batchMs: 5,
        progressMs: 0,
        onProgress: (p) => {
          if (!killed && p.done > p.total / 3) {
            killed = true;
            void threads[1].terminate();
          }
        },
      });
      expect(killed).toBe(true);
      expect(r.rows).toEqual(direct.rows);
      expect(r.points).toEqual(direct.points);
      expect(started).toBe(4); // two replacements
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('threads that keep dying end the run with a one-line WorkerFailure', async () => {
    const pool = await startNodePool(1, () => spawnTsWorker(DYING, { workerData: { dieAt: 1 } }));
    try {
      const err = (await runPool(pool.seats, plannerJob, s).catch((e: unknown) => e)) as Error;
      expect(err.name).toBe('WorkerFailure');
      expect(err.message).toBe(
        'The simulation stopped: the same batch of trials failed 2 times (last time it exited with code 3). Run it again to start fresh workers.',
      );
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('a thread that cannot start is reported, not waited on', async () => {
    await expect(startNodePool(1, () => spawnTsWorker(new URL('./fixtures/missing.node-worker.ts', import.meta.url)))).rejects.toThrow(
      /^The simulation could not start: a worker thread (failed|exited)/,
    );
  }, 30_000);
});

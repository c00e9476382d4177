import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
// The threads run the built engine worker (the project's set-up builds the CLI), as the CLI does: a thread starts in
// milliseconds instead of the second or two tsx takes to transpile the engine in it. DYING wraps it.
const OUT = process.env.STRIDE_CLI_BUILD_DIR ?? fileURLToPath(new URL('../../build/cli', import.meta.url)); // as src/cli/bin/cliBuild.mjs
const ENGINE = pathToFileURL(resolve(OUT, 'sim.node-worker.js'));
const DYING = new URL('./fixtures/dying.node-worker.mjs', import.meta.url);
const dying = (dieAt: number) => spawnTsWorker(DYING, { workerData: { dieAt, engine: ENGINE.href } });

describe('worker threads that die mid-run (real worker_threads)', () => {
  it('one thread ends itself (process.exit) and another is terminated from outside: same numbers', async () => {
    let started = 0;
    const threads: Worker[] = [];
    // The first thread exits on its 3rd batch; later threads are healthy.
    const pool = await startNodePool(2, () => {
      const w = started++ === 0 ? dying(3) : spawnTsWorker(ENGINE);
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
    const pool = await startNodePool(1, () => dying(1));
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

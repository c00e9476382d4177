import { describe, expect, it } from 'vitest';
import { ExperimentAccumulator } from '../../../src/core/explain/accumulate.ts';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import type { ExperimentChunk } from '../../../src/core/explain/types.ts';
import { runExperimentPool, type ExperimentRemote } from '../../../src/pool/runExperimentPool.ts';
import { explainApi } from '../../../workers/explainApi.ts';

/** A stand-in for a worker: the real worker API, answered asynchronously after a random delay. */
function fakeRemote(): ExperimentRemote {
  return {
    runExperiment: (id, name, params, tasks) =>
      new Promise((resolve) => setTimeout(() => resolve(explainApi.runExperiment(id, name, params, tasks)), Math.random() * 3)),
  };
}

const looks = { seed: 'pool-test', sims: 12_345, kMax: 8, rho: 0.3, alpha: 0.05 };
const winners = {
  seed: 'pool-test',
  sims: 9_000,
  nPerArm: 12,
  sdControl: 70.5,
  sdTreatment: 23.1,
  trueDifference: 29,
  alpha: 0.05,
  bins: { lo: -100, width: 5, count: 50 },
};

describe('the chunked experiment runner', () => {
  it('gives the same numbers with 1 or 3 workers, in any completion order, as a local run', async () => {
    for (const [name, params] of [
      ['many-looks', looks],
      ['winners-curse', winners],
    ] as const) {
      const local = runLocally(name, params as never);
      const one = await runExperimentPool([fakeRemote()], name, params as never, { batchMs: 1 });
      const three = await runExperimentPool([fakeRemote(), fakeRemote(), fakeRemote()], name, params as never, { batchMs: 1 });
      expect(one.result).toEqual(local);
      expect(three.result).toEqual(local);
      expect(three.done).toBe(params.sims);
      expect(three.total).toBe(params.sims);
    }
  });

  it('reports progress, and rejects with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runExperimentPool([fakeRemote()], 'many-looks', { ...looks, sims: 200_000 }, {
      batchMs: 1,
      progressMs: 0,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (seen.length === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBe(3);
    expect(seen[2]).toBeGreaterThan(seen[0]);
  });

  it('refuses bad parameters with field-level messages', async () => {
    await expect(runExperimentPool([fakeRemote()], 'many-looks', { ...looks, kMax: 0 })).rejects.toThrow('kMax must be a whole number in [1, 200], got 0');
  });
});

describe('merging chunks', () => {
  it('sums counts exactly and adds float sums in chunk order, whatever the arrival order', () => {
    const chunks: ExperimentChunk[] = [0, 1, 2, 3].map((chunk) => ({ point: 0, chunk, trials: 10, counts: [chunk, 1], sums: [0.1 * (chunk + 1) ** 7] }));
    const forward = new ExperimentAccumulator(1);
    chunks.forEach((c) => forward.add(c));
    const backward = new ExperimentAccumulator(1);
    [...chunks].reverse().forEach((c) => backward.add(c));
    expect(backward.result()).toEqual(forward.result());
    expect(forward.result()[0]).toMatchObject({ trials: 40, counts: [6, 4] });
  });
});

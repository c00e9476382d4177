import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { runPool } from '../../../src/pool/runPool.ts';
import { inProcessRemote } from '../pool/fakes.ts';
import { scenario } from './helpers.ts';

/** In-process stand-ins for workers, each with its own runners, answering after a random delay. */
const fakeRemotes = (k: number) => Array.from({ length: k }, inProcessRemote);

const s = scenario({
  endpoint: { type: 'timed-walk' },
  arms: [
    { label: 'Saline', mean: -54.4, sd: 70.5 },
    { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
    { label: 'High', mean: 10, sd: 23.1 },
  ],
  analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'holm' },
  design: { nPerArm: [8, 12, 20], dropout: 0.1 },
  simulation: { sims: 3500, seed: 'same' },
});

describe('a seed fixes every number', () => {
  it('same seed, same results; another seed, other results', () => {
    expect(simulate(s)).toEqual(simulate(s));
    const other = simulate({ ...s, simulation: { ...s.simulation, seed: 'other' } });
    expect(other.rows.map((r) => r.power)).not.toEqual(simulate(s).rows.map((r) => r.power));
  });

  it('whatever the number of workers and batch sizes', async () => {
    const direct = simulate(s);
    for (const k of [1, 2, 5]) {
      const { result: pooled } = await runPool(fakeRemotes(k), plannerJob, s, { batchMs: 1 });
      expect(pooled.rows).toEqual(direct.rows);
      expect(pooled.points).toEqual(direct.points);
    }
  });

  it('a point does not depend on which other sample sizes are in the grid', () => {
    const alone = simulate({ ...s, design: { ...s.design, nPerArm: [12] } });
    const inGrid = simulate(s).rows.filter((r) => r.nPerArm === 12);
    expect(alone.rows).toEqual(inGrid);
  });

  it('cancelling stops the pool with an AbortError', async () => {
    const ctrl = new AbortController();
    const p = runPool(fakeRemotes(2), plannerJob, s, { signal: ctrl.signal });
    ctrl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

import { describe, expect, it } from 'vitest';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { experimentJob } from '../../../src/core/run/experimentJob.ts';
import { runPool } from '../../../src/pool/runPool.ts';
import { fakeSeats } from './fakes.ts';

const looks = { seed: 'dead-explain', sims: 9_000, kMax: 6, rho: 0.3, alpha: 0.05 };
const limits = { firstMs: 100, floorMs: 100, factor: 20, graceMs: 5 };

describe('the explanation page’s runs survive a dead worker', () => {
  it('with the same numbers as a local run, whether the worker dies or hangs', async () => {
    const local = runLocally('many-looks', looks);
    for (const how of ['die', 'hang'] as const) {
      // The first life of seat 0 dies on its 3rd batch, or (silent) hangs.
      const { seats, log } = fakeSeats(2, (seat, life, call) => (seat === 0 && life === 0 && call === 2 ? how : 'ok'));
      const r = await runPool(seats, experimentJob('many-looks'), looks, { batchMs: 1, limits });
      expect(r.result).toEqual(local);
      expect(r.done).toBe(looks.sims);
      expect(log.spawned).toEqual([2, 1]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { runExperimentPool, type ExperimentRemote } from '../../../src/pool/runExperimentPool.ts';
import { deathNotice, workerSeat, type Incarnation } from '../../../src/pool/seat.ts';
import { explainApi } from '../../../workers/explainApi.ts';

const looks = { seed: 'dead-explain', sims: 9_000, kMax: 6, rho: 0.3, alpha: 0.05 };
const limits = { firstMs: 100, floorMs: 100, factor: 20, graceMs: 5 };

/** The real worker API in process; the first life of seat 0 dies on its 3rd batch, or (silent) hangs. */
function seats(k: number, how: 'die' | 'hang') {
  const lives = Array<number>(k).fill(0);
  return Array.from({ length: k }, (_, i) =>
    workerSeat((): Incarnation<ExperimentRemote> => {
      const life = lives[i]++;
      const notice = deathNotice();
      let calls = 0;
      const remote: ExperimentRemote = {
        runExperiment(id, name, params, tasks) {
          if (i === 0 && life === 0 && calls++ === 2) {
            if (how === 'die') setTimeout(() => notice.report('it closed'), 1);
            return new Promise(() => {});
          }
          return new Promise((res) => setTimeout(() => res(explainApi.runExperiment(id, name, params, tasks)), Math.random() * 3));
        },
      };
      return { remote, deadReason: notice.deadReason, onDeath: notice.onDeath, stop: notice.report };
    }),
  );
}

describe('the explanation page’s runs survive a dead worker', () => {
  it('with the same numbers as a local run, whether the worker dies or hangs', async () => {
    const local = runLocally('many-looks', looks);
    for (const how of ['die', 'hang'] as const) {
      const r = await runExperimentPool(seats(2, how), 'many-looks', looks, { batchMs: 1, limits });
      expect(r.result).toEqual(local);
      expect(r.done).toBe(looks.sims);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { lossBiasDefaults, lossBiasParams } from '../../../src/core/explain/sections/lossBias.ts';
import { experimentJob } from '../../../src/core/run/experimentJob.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { EFFECT_SEARCH_RUNS, solveJob } from '../../../src/core/run/solveJob.ts';
import { SMALL_WORK } from '../../../src/core/run/workerCount.ts';
import { estimateWork } from '../../../src/core/scenario/workEstimate.ts';
import { runPool } from '../../../src/pool/runPool.ts';
import { LatestRun } from '../../../src/state/latestRun.svelte.ts';
import { scenario } from '../sim/helpers.ts';
import { fakeSeats } from './fakes.ts';

// The page's pool has one seat per core; only the workers index.html started are there from the start (the others
// are lazy seats), and a small run uses one worker, as the command line does (workerCount.ts).
const small = scenario({
  arms: [
    { label: 'Control', mean: 0, sd: 1 },
    { label: 'Treatment', mean: 0.5, sd: 1.2 },
  ],
  design: { nPerArm: [10, 30] },
  simulation: { sims: 3_000, seed: 'small' },
});
// Mann–Whitney on full data: ~2 × 320 patients a trial, past SMALL_WORK at 8,000 trials.
const large = scenario({ ...small.written, analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 }, design: { nPerArm: [320] }, simulation: { sims: 8_000, seed: 'large' } });

describe('a small run on the page', () => {
  it('the two scenarios fall on either side of SMALL_WORK', () => {
    expect(estimateWork(small)).toBeLessThan(SMALL_WORK);
    expect(estimateWork(large)).toBeGreaterThanOrEqual(SMALL_WORK);
  });

  it('a lazy seat starts its worker only when a run first uses it', async () => {
    const { seats, log } = fakeSeats(2, () => 'ok', undefined, 1);
    expect(log.spawned).toEqual([1, 0]);
    expect(seats.map((s) => s.started)).toEqual([true, false]);
    expect((await runPool(seats, plannerJob, small, { workers: 1 })).result).toEqual(simulate(small));
    expect(log.spawned).toEqual([1, 0]);
    expect((await runPool(seats, plannerJob, small)).result).toEqual(simulate(small));
    expect(log.spawned).toEqual([1, 1]);
    expect(seats.map((s) => s.started)).toEqual([true, true]);
  });

  it('runs on one worker below SMALL_WORK and on every worker above it, with the same numbers', async () => {
    const { seats, log } = fakeSeats(2, () => 'ok', undefined, 1);
    const run = new LatestRun(plannerJob, () => seats);
    expect(await run.start(small)).toEqual(simulate(small));
    expect(log.spawned).toEqual([1, 0]);
    const replies = log.replies;
    expect(await run.start(large)).toEqual(simulate(large));
    expect(log.spawned).toEqual([1, 1]);
    expect(log.replies).toBeGreaterThan(replies + 1);
  });

  it('the secondary runs follow the same rule: the loss view by its patients, the effect search by its ~20 runs at one n', async () => {
    const loss = experimentJob('loss-of-ambulation');
    const at = (sims: number) => ({ ...lossBiasParams(lossBiasDefaults(), 'loss'), sims });
    // 9 ratios × 80 patients × 9 draw-equivalents each: 500 trials are small, 2,000 are not.
    expect(loss.work?.(at(500))).toBeLessThan(SMALL_WORK);
    expect(loss.work?.(at(2_000))).toBeGreaterThanOrEqual(SMALL_WORK);
    const { seats, log } = fakeSeats(2, () => 'ok', undefined, 1);
    const run = new LatestRun(loss, () => seats);
    expect(await run.start(at(500))).toEqual(runLocally('loss-of-ambulation', at(500)));
    expect(log.spawned).toEqual([1, 0]);
    expect(await run.start(at(2_000))).toEqual(runLocally('loss-of-ambulation', at(2_000)));
    expect(log.spawned).toEqual([1, 1]);

    // The smallest-effect search alone: the scenario at its first n, EFFECT_SEARCH_RUNS times. With the n search, whose
    // cost is unknown before it runs, every worker (the two searches side by side).
    const first = { ...small, design: { ...small.design, nPerArm: [small.design.nPerArm[0]] } };
    expect(solveJob.work?.({ scenario: small, target: 0.8, wantN: false })).toBe(EFFECT_SEARCH_RUNS * estimateWork(first));
    expect(solveJob.work?.({ scenario: small, target: 0.8, wantN: false })).toBeLessThan(SMALL_WORK);
    expect(solveJob.work?.({ scenario: small, target: 0.8, wantN: true })).toBe(Infinity);
  });
});

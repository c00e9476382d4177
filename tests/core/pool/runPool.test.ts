import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { ExperimentAccumulator } from '../../../src/core/explain/accumulate.ts';
import { EXPERIMENTS } from '../../../src/core/explain/registry.ts';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import type { ExperimentChunk } from '../../../src/core/explain/types.ts';
import { experimentJob } from '../../../src/core/run/experimentJob.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { hasRunner, runnerFor } from '../../../src/core/run/runners.ts';
import { scenariosJob } from '../../../src/core/run/scenariosJob.ts';
import { solveJob } from '../../../src/core/run/solveJob.ts';
import { solveEffect } from '../../../src/core/solve/solveEffect.ts';
import { solveN } from '../../../src/core/solve/solveN.ts';
import { runPool, type RunProgress } from '../../../src/pool/runPool.ts';
import { scenario } from '../sim/helpers.ts';
import { inProcessRemote } from './fakes.ts';

const remotes = (k: number) => Array.from({ length: k }, inProcessRemote);
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
const planned = scenario({
  arms: [
    { label: 'Control', mean: 0, sd: 1 },
    { label: 'Treatment', mean: 0.5, sd: 1.2 },
  ],
  design: { nPerArm: [10, 30] },
  simulation: { sims: 3_500, seed: 'pool-test' },
});

describe('one pool loop for every job', () => {
  it('every explanation experiment is a job the workers can run', () => {
    for (const name of Object.keys(EXPERIMENTS) as (keyof typeof EXPERIMENTS)[]) {
      expect(experimentJob(name).name).toBe(name);
      expect(hasRunner(name)).toBe(true);
    }
    for (const j of [plannerJob, scenariosJob, solveJob]) expect(hasRunner(j.name)).toBe(true);
    expect(() => runnerFor('nope' as never, {})).toThrow('unknown job "nope"');
  });

  it('experiments: the same numbers with 1 or 3 workers, in any completion order, as a local run', async () => {
    for (const [name, params] of [
      ['many-looks', looks],
      ['winners-curse', winners],
    ] as const) {
      const local = runLocally(name, params as never);
      const one = await runPool(remotes(1), experimentJob(name), params as never, { batchMs: 1 });
      const three = await runPool(remotes(3), experimentJob(name), params as never, { batchMs: 1 });
      expect(one.result).toEqual(local);
      expect(three.result).toEqual(local);
      expect(three.done).toBe(params.sims);
      expect(three.total).toBe(params.sims);
    }
  });

  it('the planner: exactly simulate()’s result, with trials done and total counted alike', async () => {
    const direct = simulate(planned);
    const r = await runPool(remotes(2), plannerJob, planned, { batchMs: 1 });
    expect(r.result).toEqual(direct);
    expect([r.done, r.total]).toEqual([direct.trialsDone, direct.trialsTotal]);
  });

  it('several scenarios in one run: each exactly its own planner run', async () => {
    const other = scenario({ ...planned.written, simulation: { sims: 2_000, seed: 'other' } });
    const r = await runPool(remotes(3), scenariosJob, [planned, other], { batchMs: 1 });
    expect(r.result).toEqual([simulate(planned), simulate(other)]);
    expect(r.done).toBe(r.total);
  });

  it('the searches: the answers the solver gives on this thread', async () => {
    const s = scenario({ ...planned.written, simulation: { sims: 2_000, seed: 'solve' } });
    const r = await runPool(remotes(2), solveJob, { scenario: s, target: 0.8, wantN: true });
    expect(r.result).toEqual({ n: solveN(s, 0.8), effect: solveEffect(s, 0.8) });
    expect([r.done, r.total]).toEqual([2, 2]);
  });

  it('refuses bad parameters with field-level messages', async () => {
    await expect(runPool(remotes(1), experimentJob('many-looks'), { ...looks, kMax: 0 })).rejects.toThrow('kMax must be a whole number in [1, 200], got 0');
    await expect(runPool(remotes(1), solveJob, { scenario: planned, target: 1.2, wantN: false })).rejects.toThrow('target power must be in (0, 1), got 1.2');
  });
});

describe('progress', () => {
  it('partial results only (the final one is returned), growing, and a cancel rejects with an AbortError', async () => {
    const controller = new AbortController();
    const seen: RunProgress<unknown>[] = [];
    const run = runPool(remotes(1), experimentJob('many-looks'), { ...looks, sims: 200_000 }, {
      batchMs: 1,
      progressMs: 0,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (seen.length === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBe(3);
    expect(seen[2].done).toBeGreaterThan(seen[0].done);
    expect(seen.every((p) => p.done < p.total)).toBe(true);
  });

  it('is throttled: at most one update per progressMs, the first at once', async () => {
    // Each update is stamped as its summary starts, right after the gate opened. Stamped in onProgress, after the
    // summary, two updates' stamps also differed by the two summaries' own times, which on a loaded machine vary by
    // more than the 2 ms allowed below (it failed once in a full run).
    const starts: number[] = [];
    const stamped: typeof plannerJob = {
      ...plannerJob,
      merger(s) {
        const m = plannerJob.merger(s);
        const summary = m.result;
        m.result = () => (starts.push(performance.now()), summary());
        return m;
      },
    };
    const times: number[] = [];
    const t0 = performance.now();
    const r = await runPool(remotes(2), stamped, { ...planned, simulation: { ...planned.simulation, sims: 120_000 } }, {
      batchMs: 1,
      progressMs: 40,
      onProgress: () => times.push(starts[starts.length - 1]),
    });
    const t1 = performance.now();
    expect(r.done).toBe(r.total);
    expect(times.length).toBeGreaterThan(1); // the run lasts ~0.1–0.3 s: several updates to space
    // Exact however loaded the machine: the gate opens at most once in each 40 ms of the run.
    expect(times.length).toBeLessThanOrEqual(Math.floor((t1 - t0) / 40) + 1);
    // Each 40 ms after the one before, less 2 ms for the few calls between the gate and the summary's start.
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(38);
    const none: number[] = [];
    await runPool(remotes(2), plannerJob, planned, { batchMs: 1, progressMs: 1e9, onProgress: (p) => none.push(p.done) });
    expect(none.length).toBe(1); // the first batch's, then nothing until the final result
  });

  it('sends the parameters once per worker and run, and again to a worker that forgot the run', async () => {
    const expected = simulate(planned).rows;
    const sent: boolean[][] = [[], []];
    const forgetful = remotes(2).map((r, i) => ({
      async run(id: string, name: never, params: unknown, tasks: unknown[]) {
        sent[i].push(params !== undefined);
        // The second worker forgets every run after each batch (as one that keeps only the last few would).
        return (i === 1 ? inProcessRemote() : r).run(id, name, params, tasks);
      },
    }));
    const r = await runPool(forgetful, plannerJob, planned, { batchMs: 1 });
    expect(r.result.rows).toEqual(expected);
    expect(sent[0][0]).toBe(true);
    expect(sent[0].slice(1).every((p) => !p)).toBe(true);
    expect(sent[0].length).toBeGreaterThan(2);
    // The forgetful one: its first call carries them, each later batch is tried without and then resent with them.
    expect(sent[1][0]).toBe(true);
    expect(sent[1].length).toBeGreaterThan(2);
    expect(sent[1].slice(1)).toEqual(sent[1].slice(1).map((_, k) => k % 2 === 1));
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

import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { combinerFor, runnerFor } from '../../../src/core/run/runners.ts';
import { scenariosJob } from '../../../src/core/run/scenariosJob.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import type { Task } from '../../../src/core/sim/plan.ts';
import { trialJson, valid } from '../report/reportFixtures.ts';
import { scenario } from '../sim/helpers.ts';

/** Batches of 1 to 60 consecutive tasks, their sizes from a small LCG: as a pool of workers hands them out. */
function batches<T>(tasks: readonly T[], seed: number): T[][] {
  const out: T[][] = [];
  let x = seed;
  for (let i = 0; i < tasks.length; ) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const size = 1 + (x % 60);
    out.push(tasks.slice(i, i + size));
    i += size;
  }
  return out;
}

/** Runs a planner scenario as a worker hands its batches back (combined), merging them in a shuffled order. */
function viaWorkerBatches(s: ResolvedScenario, seed: number, reversed = false): { result: ReturnType<typeof simulate>; sent: number; tasks: number } {
  const run = runnerFor('planner', s) as (t: Task) => unknown;
  const combine = combinerFor('planner');
  const merger = plannerJob.merger(s);
  const tasks = plannerJob.tasks(s);
  // Reversed, a point's first chunk (which carries the closed-form power) comes last in its batch.
  const outs = batches(tasks, seed).map((b) => combine((reversed ? [...b].reverse() : b).map(run)));
  let sent = 0;
  for (const out of outs.reverse()) for (const c of out) (sent++, merger.add(c as never));
  return { result: merger.result(), sent, tasks: tasks.length };
}

const cases: [string, ResolvedScenario][] = [
  ['three arms, Welch + Holm, dropout', scenario({ arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'L', mean: 0.3, sd: 1.4 }, { label: 'H', mean: 0.6, sd: 1 }], analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'holm' }, design: { nPerArm: [8, 20, 40], dropout: 0.1 }, simulation: { sims: 2_300, seed: 'c1' } })],
  ['the seed T25FW scenario (timed walk)', valid(trialJson('t25fw-edss6', (j) => (j.simulation.sims = 1_500)))],
  ['EDSS Plus responders (binary, Fisher)', valid(trialJson('edss-plus-responders', (j) => (j.simulation.sims = 1_200)))],
  ['a design prior (assurance chunks)', valid(trialJson('t25fw-edss6', (j) => Object.assign(j, { simulation: { sims: 1_100, seed: 'p' }, effectPrior: { type: 'normal' } })))],
  ['dose finding with the trend test estimating TD (TD values pass as they are)', valid(trialJson('dose-finding-t25fw', (j) => Object.assign(j, { simulation: { sims: 2_100, seed: 'd' }, design: { nPerArm: [10, 30] }, trendTest: { estimate: { model: 'emax' } } })))],
  ['chi-square at tiny n (unanalysable trials, small expected counts)', valid(trialJson('edss-plus-responders', (j) => Object.assign(j, { simulation: { sims: 1_300, seed: 'x' }, design: { nPerArm: [3, 6, 12] }, analysis: { test: 'chi-square', alpha: 0.05, sides: 2 } })))],
  ['dose finding, the trend test picking best and minimum effective doses', valid(trialJson('dose-finding-t25fw', (j) => Object.assign(j, { simulation: { sims: 2_100, seed: 'm' }, design: { nPerArm: [20, 60] } })))],
  ['interim looks (their counts pass as they are)', scenario({ simulation: { sims: 1_400, seed: 'i' }, interim: { informationRates: [0.5, 1], efficacy: 'pocock' } })],
];

describe('a worker adds up its batch of chunk results before sending them (combineChunks)', () => {
  for (const [name, s] of cases) {
    it(`the page's result is exactly the engine's: ${name}`, () => {
      const want = simulate(s);
      expect(plannerJob.tasks(s).length).toBeGreaterThan(s.design.nPerArm.length); // more than one chunk a point: some are added up
      for (const seed of [1, 7]) expect(viaWorkerBatches(s, seed).result).toEqual(want);
      expect(viaWorkerBatches(s, 4, true).result).toEqual(want);
    });
  }

  it('sends one result per point and mode of a batch instead of one per chunk', () => {
    const { sent, tasks } = viaWorkerBatches(cases[0][1], 3);
    expect(tasks).toBe(3 * 3); // 3 chunks × 3 grid points
    const big = scenario({ design: { nPerArm: [10, 20] }, simulation: { sims: 50_000, seed: 'big' } });
    const many = viaWorkerBatches(big, 5);
    expect(many.tasks).toBe(100);
    expect(many.sent).toBeLessThanOrEqual(2 * batches(plannerJob.tasks(big), 5).length);
    expect(sent).toBeLessThanOrEqual(tasks);
  });

  it('the scenario list (sensitivity, comparison): each scenario exactly as its own run', () => {
    const list = [cases[0][1], cases[2][1]];
    const run = runnerFor('scenarios', list) as (t: unknown) => unknown;
    const combine = combinerFor('scenarios');
    const merger = scenariosJob.merger(list);
    for (const b of batches(scenariosJob.tasks(list), 11).reverse()) for (const c of combine(b.map(run))) merger.add(c as never);
    expect(merger.result()).toEqual(list.map(simulate));
  });
});

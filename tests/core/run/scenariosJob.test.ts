import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { runnerFor } from '../../../src/core/run/runners.ts';
import { scenariosJob, type ScenarioChunk, type ScenarioTask } from '../../../src/core/run/scenariosJob.ts';
import { scenario } from '../sim/helpers.ts';

const a = scenario({ design: { nPerArm: [10, 20] }, simulation: { sims: 2_500, seed: 'a' } });
const b = scenario({ arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 0.6, sd: 1 }], simulation: { sims: 1_500, seed: 'b' } });

describe('several scenarios in one job', () => {
  it('tasks come scenario by scenario, each its planner tasks; totals add up', () => {
    const tasks = scenariosJob.tasks([a, b]);
    expect(tasks.map((t) => t.scenario)).toEqual([...plannerJob.tasks(a).map(() => 0), ...plannerJob.tasks(b).map(() => 1)]);
    expect(scenariosJob.total([a, b])).toBe(plannerJob.total(a) + plannerJob.total(b));
  });

  it('a scenario is shown only once all its trials are in, then exactly as its own run', () => {
    const run = runnerFor('scenarios', [a, b]) as (t: ScenarioTask) => ScenarioChunk;
    const merger = scenariosJob.merger([a, b]);
    const tasks = scenariosJob.tasks([a, b]);
    const bTasks = tasks.filter((t) => t.scenario === 1);
    for (const t of bTasks) merger.add(run(t));
    const aTasks = tasks.filter((t) => t.scenario === 0).reverse();
    merger.add(run(aTasks[0]));
    expect(merger.result()).toEqual([null, simulate(b)]);
    for (const t of aTasks.slice(1)) merger.add(run(t));
    expect(merger.result()).toEqual([simulate(a), simulate(b)]);
    expect(merger.trialsDone).toBe(scenariosJob.total([a, b]));
  });

  it('refuses an empty list', () => {
    expect(scenariosJob.check([])).toEqual(['no scenarios to run']);
  });
});

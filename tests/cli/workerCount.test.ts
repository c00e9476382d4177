import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { autoWorkers, SMALL_WORK } from '../../src/core/run/workerCount.ts';
import { estimateWork, validateScenario } from '../../src/core/scenario/validate.ts';

const run = promisify(execFile);

function work(over: Record<string, unknown>): number {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    arms: [
      { label: 'Control', mean: 0, sd: 1 },
      { label: 'Treatment', mean: 0.5, sd: 1 },
    ],
    analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 },
    design: { nPerArm: [20, 50, 100] },
    simulation: { sims: 100, seed: 'w' },
    ...over,
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return estimateWork(v.scenario);
}

describe('worker threads when --workers is not given', () => {
  it('one for a small run, one per core for a large one', () => {
    expect(autoWorkers(SMALL_WORK - 1, 2)).toBe(1);
    expect(autoWorkers(SMALL_WORK, 2)).toBe(2);
    expect(autoWorkers(1e9, 0)).toBe(1);
    expect(autoWorkers(work({}), 8)).toBe(1);
    expect(autoWorkers(work({ simulation: { sims: 100_000, seed: 'w' } }), 8)).toBe(8);
  });

  it('the automatic choice gives the numbers every worker count gives', { timeout: 60_000 }, async () => {
    const cli = async (...extra: string[]) =>
      JSON.parse((await run(process.execPath, ['src/cli/bin/simulate.mjs', 'static/scenarios/edss-plus-responders.json', '--sims', '2000', ...extra])).stdout);
    const [auto, two] = await Promise.all([cli(), cli('--workers', '2')]);
    expect(auto.workers).toBe(1);
    expect(two.workers).toBe(2);
    expect(auto.results).toEqual(two.results);
    expect(auto.points).toEqual(two.points);
    expect(auto.warnings).toEqual(two.warnings);
  });
});

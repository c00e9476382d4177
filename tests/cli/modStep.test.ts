import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

const scenario = {
  endpoint: { type: 'continuous' },
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, relevantEffect: 0.4 },
  arms: [0, 2.5, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, sd: 1, ...(i === 0 ? { mean: 0 } : {}) })),
  analysis: { test: 'student', alpha: 0.05, sides: 1 },
  design: { nPerArm: [20, 40] },
  simulation: { sims: 400, seed: 'cli-mod' }, // the checks are on the output's fields and bounds: few trials do
  trendTest: { estimate: { model: 'aic' } },
};

describe('the CLI with trendTest.estimate and --solve-on trend', () => {
  it('each trend entry carries tdEstimated, its MCSE and TD̂ percentiles; --solve-on trend adds trendSolution', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stride-mod-')), 's.json');
    writeFileSync(file, JSON.stringify(scenario));
    const args = ['src/cli/bin/simulate.mjs', file, '--workers', '2', '--solve-n', '0.9', '--solve-on', 'trend'];
    // Killed before the test's own limit, so a run that hangs fails with what the command line printed (seen once, 1.4 s normally).
    const out = JSON.parse((await run(process.execPath, args, { timeout: 40_000 })).stdout);
    expect(out.trend).toHaveLength(2);
    for (const t of out.trend) {
      expect(t.trueTargetDose).toBeCloseTo(2.5, 12);
      expect(t.tdEstimated).toBeGreaterThan(0);
      expect(t.tdEstimated).toBeLessThanOrEqual(t.significant);
      expect(Object.keys(t.tdQuantiles)).toEqual(['p10', 'p50', 'p90', 'share']);
    }
    expect(out.solvedOn.quantity).toBe('trend.significant');
    expect(out.trendSolution.nPerArm).toBeGreaterThan(2);
    expect(out.trendSolution.closedFormPower).toBeGreaterThanOrEqual(0.9);
    const bad = { ...scenario, doseResponse: { ...scenario.doseResponse, relevantEffect: undefined } };
    writeFileSync(file, JSON.stringify(bad));
    const err = await run(process.execPath, ['src/cli/bin/simulate.mjs', file], { timeout: 15_000 }).catch((e: { stderr: string; code: number }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain('trendTest.estimate needs doseResponse.relevantEffect');
  }, 60_000);
});

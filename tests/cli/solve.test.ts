import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';

const run = promisify(execFile);

describe('--solve-n and --solve-effect', () => {
  it('parses the flags and refuses bad values in one line naming the flag', () => {
    const ok = parseArgs(['s.json', '--solve-n', '0.8', '--solve-on=assurance', '--solve-effect', '.9']);
    expect(ok).toEqual({ ok: true, args: { file: 's.json', format: 'json', solveN: 0.8, solveOn: 'assurance', solveEffect: 0.9 } });
    for (const v of ['1', '0', '80', '0.8x', '-0.2', '1e-1', ''])
      expect(parseArgs(['s.json', '--solve-n', v])).toEqual({ ok: false, error: `--solve-n must be a target power strictly between 0 and 1 written like 0.8, got ${JSON.stringify(v)}` });
    expect(parseArgs(['s.json', '--solve-on', 'n'])).toMatchObject({ ok: false, error: '--solve-on must be power, assurance or trend, got "n"' });
    expect(parseArgs(['s.json', '--solve-on', 'power'])).toMatchObject({ ok: false, error: '--solve-on only applies with --solve-n' });
    expect(parseArgs(['s.json', '--solve-n', '0.8', '--format', 'csv'])).toMatchObject({ ok: false });
  });

  it('the seed scenario: the same solution with 1 and 2 workers, solved on powerBenefit, with the closed form beside it', async () => {
    const args = ['src/cli/bin/simulate.mjs', 'static/scenarios/t25fw-edss6.json', '--sims', '2000', '--solve-n', '0.8', '--solve-effect', '0.8'];
    const [a, b] = await Promise.all(
      ['1', '2'].map(async (w) => JSON.parse((await run(process.execPath, [...args, '--workers', w], { timeout: 60_000 })).stdout)),
    );
    expect(a.solution).toEqual(b.solution);
    expect(a.effectSolution).toEqual(b.effectSolution);
    expect(a.solvedOn.quantity).toBe('powerBenefit');
    expect(a.solvedOn.why).toMatch(/two-sided/);
    expect(a.solutions).toBeUndefined();
    expect(Object.keys(a.solution)).toEqual(expect.arrayContaining(['nPerArm', 'power', 'mcse', 'powerBelow']));
    expect(a.solution.power).toBeGreaterThanOrEqual(0.8);
    expect(a.solution.powerBelow).toBeLessThan(0.8);
    expect(a.solution.closedForm.nPerArm).toBe(17);
    expect(a.effectSolution.nPerArm).toBe(6);
    expect(a.effectSolution.difference).toBeCloseTo(a.effectSolution.multiple * 58.1, 6);
  }, 60_000);
});

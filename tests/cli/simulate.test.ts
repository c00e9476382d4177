import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { parseArgs } from '../../src/cli/args.ts';
import { loadScenarioText } from '../../src/cli/loadScenario.ts';

const run = promisify(execFile);

/** Runs the CLI as `npm run -s simulate` does (the launcher and the built JavaScript), returning exit code, stdout and stderr. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['src/cli/bin/simulate.mjs', ...args], { timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'stride-cli-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const issueExample = {
  name: 'T25FW, EDSS 6.0-6.5',
  endpoint: { type: 'continuous' },
  arms: [
    { label: 'Saline', mean: -54.4, sd: 70.5 },
    { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
  ],
  analysis: { test: 'welch', alpha: 0.05, sides: 2 },
  design: { nPerArm: [10, 20, 30], dropout: 0.1 },
  simulation: { sims: 10000, seed: 'msc-np' },
};

describe('simulate command line', { timeout: 120_000 }, () => {
  it('prints the contract JSON, identical for 1 and 2 workers and equal to the engine in-process', async () => {
    const f = file('example.json', JSON.stringify(issueExample));
    const one = await cli(f, '--sims', '3000', '--workers', '1');
    const two = await cli(f, '--sims=3000', '--workers', '2');
    expect(one.code).toBe(0);
    const a = JSON.parse(one.stdout);
    const b = JSON.parse(two.stdout);
    expect(a.engine).toMatch(/^\d+\.\d+\.\d+$/);
    expect(a.seed).toBe('msc-np');
    expect(a.sims).toBe(3000);
    expect(typeof a.elapsedMs).toBe('number');
    expect(a.results).toHaveLength(3);
    expect(a.results[0]).toMatchObject({ arm: 'MSC-NP', nPerArm: 10 });
    for (const k of ['power', 'mcse', 'analyticPower']) expect(typeof a.results[0][k]).toBe('number');
    expect(b.results).toEqual(a.results);
    const v = validateScenario({ ...issueExample, simulation: { sims: 3000, seed: 'msc-np' } });
    if (!v.ok) throw new Error('invalid');
    expect(a.results.map((r: { power: number }) => r.power)).toEqual(simulate(v.scenario).rows.map((r) => r.power));
  });

  it('--seed changes the numbers; csv format has a header and one line per row', async () => {
    const f = file('example2.json', JSON.stringify(issueExample));
    const csv = await cli(f, '--sims', '500', '--seed', 'other', '--format', 'csv', '--workers', '1');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'arm,nPerArm,nControl,nTreatment,nTotal,sims,power,mcse,ci95Low,ci95High,analyticPower,analyticMethod,powerBenefit,powerBenefitMcse,analyticPowerBenefit,undefinedTrials',
    );
    expect(lines).toHaveLength(4);
  });

  it('warnings: the validator\'s (effect favours control) then the run\'s (unanalysable trials, small expected counts)', async () => {
    const edss = JSON.parse(readFileSync('static/scenarios/edss-plus-responders.json', 'utf8'));
    const f = file('edss.json', JSON.stringify({ ...edss, design: { nPerArm: [3, 50] }, simulation: { sims: 1000, seed: 'w' } }));
    const out = await cli(f, '--workers', '1');
    expect(out.code).toBe(0);
    const w: string[] = JSON.parse(out.stdout).warnings;
    expect(w).toHaveLength(3);
    expect(w[0]).toMatch(/^The planned effect of MSC-NP favours Saline \(33% vs 37% responders\)/);
    expect(w[1]).toMatch(/^Some simulated trials could not be analysed .* at n = 3 \(\d+ of 1,000 trials\)\. They count as not significant/);
    expect(w[2]).toMatch(/chi-square .* at n = 3 .*Use Fisher's exact test/);
    const row = JSON.parse(out.stdout).results[0];
    expect(row.undefinedTrials).toBeGreaterThan(0);
    expect(row.powerBenefit).toBeLessThanOrEqual(row.power);
  });

  it('assurance, trend-test and enrichment results are identical for 1 and 2 workers', async () => {
    const walk = {
      name: 'prior and enrichment',
      endpoint: { type: 'timed-walk' },
      arms: [
        { label: 'Saline', mean: -54.4, sd: 70.5 },
        { label: 'MSC-NP', mean: 3.7, sd: 23.1 },
      ],
      analysis: { test: 'welch', alpha: 0.05, sides: 2 },
      design: { nPerArm: [10, 20], dropout: 0.1 },
      simulation: { sims: 1500, seed: 'modes' },
      effect: { basis: 'shrunk', shrinkage: 0.5 },
      effectPrior: { type: 'normal' },
      enrichment: {
        strata: [
          { label: 'EDSS 3.0-5.5', share: 0.55, effect: 0 },
          { label: 'EDSS 6.0-6.5', share: 0.45, effect: 29.05 },
        ],
        enrichTo: 'EDSS 6.0-6.5',
      },
    };
    const f = file('modes.json', JSON.stringify(walk));
    const a = JSON.parse((await cli(f, '--workers', '1')).stdout);
    const b = JSON.parse((await cli(f, '--workers', '2')).stdout);
    expect(a.results[0].assurance).toEqual(expect.any(Number));
    expect(a.enrichment.points).toHaveLength(2);
    expect(b.results).toEqual(a.results);
    expect(b.enrichment).toEqual(a.enrichment);
    // The dose-finding preset on three of its sample sizes: the trend test's split across workers is the point, not the grid.
    const doseFinding = JSON.parse(readFileSync('static/scenarios/dose-finding-t25fw.json', 'utf8'));
    const doses = file('doses.json', JSON.stringify({ ...doseFinding, design: { ...doseFinding.design, nPerArm: [10, 40, 80] } }));
    const c = JSON.parse((await cli(doses, '--sims', '1000', '--workers', '1')).stdout);
    const d = JSON.parse((await cli(doses, '--sims', '1000', '--workers', '2')).stdout);
    expect(c.trend.length).toBeGreaterThan(0);
    expect(d.trend).toEqual(c.trend);
    expect(d.results).toEqual(c.results);
  });

  it('runs the shipped seed scenarios', async () => {
    const r = await cli('static/scenarios/edss-plus-responders.json', '--sims', '500', '--workers', '1');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.length).toBe(8);
  });

  // Bad input: the messages come from parseArgs and loadScenarioText, checked in process (each CLI start costs a
  // process); two true end-to-end runs check what the process adds: exit code 2, one line on stderr, nothing on stdout.
  const bad: [string, string, RegExp][] = [
    ['a negative sd', JSON.stringify({ ...issueExample, arms: [issueExample.arms[0], { label: 'MSC-NP', mean: 3.7, sd: -1 }] }), /arms\[1\]\.sd must be > 0, got -1/],
    ['a file that is not JSON', '{ not json', /is not valid JSON/],
    ['n in the millions', JSON.stringify({ ...issueExample, design: { nPerArm: [3_000_000] } }), /design\.nPerArm\[0\] must be in \[2, 100000\], got 3000000/],
  ];
  it('refuses a negative sd, a file that is not JSON and n in the millions, each in one line naming the field', () => {
    for (const [what, content, message] of bad) {
      const r = loadScenarioText(content, { file: 'bad.json', format: 'json' });
      expect(r.ok, what).toBe(false);
      if (!r.ok) {
        expect(r.error, what).toMatch(message);
        expect(r.error.split('\n'), what).toHaveLength(1);
      }
    }
  });

  it('refuses bad flags and absurd sims in one line naming the flag', () => {
    for (const [args, msg] of [
      [['--sims', 'lots'], /--sims must be a whole number in \[100, 1000000\] written in decimal digits, got "lots"/],
      [['--sims', '100000000'], /--sims must be a whole number in \[100, 1000000\] written in decimal digits, got 100000000/],
      [['--workers', '0'], /--workers must be a whole number in \[1, 64\] written in decimal digits, got 0/],
      [['--format', 'xml'], /--format must be json, csv, text, r or html, got xml/],
      [['--bogus'], /unknown option --bogus/],
      [[], /no scenario file given/],
    ] as const) {
      const r = parseArgs(args.length ? ['ok.json', ...args] : []);
      expect(r.ok, args.join(' ')).toBe(false);
      if (!r.ok) expect(r.error, args.join(' ')).toMatch(msg);
    }
  });

  it('end to end: invalid content and a missing file exit 2 with one line on stderr and nothing on stdout, no stack trace', async () => {
    for (const [r, message] of [
      [await cli(file('bad-sd.json', bad[0][1])), bad[0][2]],
      [await cli(join(dir, 'nope.json')), /nope\.json: no such file/],
    ] as const) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });
});

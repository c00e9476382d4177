import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, type LoadResult } from '../../src/cli/loadScenario.ts';
import { FIELDS } from '../../src/core/scenario/fields.ts';
import { damageText, mutate } from './fuzzMutate.ts';

const SCENARIOS = ['t25fw-edss6', 'sixmwt-edss6', 'edss-plus-responders', 'dose-finding-t25fw'];
const CASES_PER_SCENARIO = 600;
const FILE = 'fuzz.json';
/** A message starts with the field it is about: a top-level key (or "scenario"), then its path. */
const FIELD_START = new RegExp(`^(--sims: |--seed: )?(scenario|${FIELDS.scenario.join('|')}|\\[".*?"\\]|[A-Za-z_$][\\w$-]*)(\\[\\d+\\])*(\\.|\\[| )`);

interface Case {
  text: string;
  sims?: number;
}

/** The seeded cases: 1 to 3 mutations each, sometimes text damage, sometimes a --sims override. */
function cases(name: string): Case[] {
  const base = readFileSync(`static/scenarios/${name}.json`, 'utf8');
  const rng = seedrandom(`fuzz-${name}`);
  return Array.from({ length: CASES_PER_SCENARIO }, () => {
    const s = JSON.parse(base);
    mutate(rng, s);
    let text = JSON.stringify(s);
    if (rng() < 0.05) text = damageText(rng, text);
    return { text, sims: rng() < 0.1 ? Math.floor(rng() * 2e6) : undefined };
  });
}

/** What the issue asks of every outcome: ok, or one line that names the field; never a throw. */
function checkOutcome(r: LoadResult): void {
  if (r.ok) return;
  expect(r.error).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(r.error.length).toBeLessThan(4000);
  const jsonError = r.error.startsWith(`${FILE} is not valid JSON: `);
  if (!jsonError) {
    expect(r.error.startsWith(`${FILE}: `)).toBe(true);
    expect(r.error.slice(FILE.length + 2)).toMatch(FIELD_START);
  }
  expect(r.error).not.toMatch(/\bat .*\.ts:\d+|TypeError|RangeError|undefined|NaN, got|\[object Object\]/);
}

describe('validation fuzz: thousands of mutated scenarios through the CLI load-and-validate path', { timeout: 30_000 }, () => {
  for (const name of SCENARIOS)
    it(`${CASES_PER_SCENARIO} mutations of ${name}: ok or exit 2 with one line naming the field, each fast`, () => {
      let ok = 0;
      let slowest = 0;
      for (const c of cases(name)) {
        const t0 = performance.now();
        let r: LoadResult;
        try {
          r = loadScenarioText(c.text, { file: FILE, format: 'json', sims: c.sims });
        } catch (e) {
          throw new Error(`threw on ${c.text.slice(0, 300)}: ${(e as Error).stack}`);
        }
        slowest = Math.max(slowest, performance.now() - t0);
        try {
          checkOutcome(r);
        } catch (e) {
          throw new Error(`${(e as Error).message}\ninput: ${c.text.slice(0, 300)}\nerror: ${r.ok ? '' : r.error.slice(0, 500)}`);
        }
        if (r.ok) ok++;
      }
      expect(slowest).toBeLessThan(1000);
      // The mutations reach both outcomes (a fuzz that only ever fails is testing the first check only).
      expect(ok).toBeGreaterThan(20);
      expect(ok).toBeLessThan(CASES_PER_SCENARIO * 0.8);
    });
});

const run = promisify(execFile);
describe('validation fuzz through the real command line', { timeout: 120_000 }, () => {
  it('a handful of mutated files: exit 0 with JSON, or exit 2 with one line on stderr, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stride-fuzz-'));
    const picked = SCENARIOS.flatMap((n) => cases(n).slice(0, 40)).filter((_, i) => i % 23 === 0).slice(0, 6);
    for (const [i, c] of picked.entries()) {
      const f = join(dir, `case${i}.json`);
      writeFileSync(f, c.text);
      const expected = loadScenarioText(c.text, { file: f, format: 'json', sims: 100 });
      let code = 0;
      let stdout = '';
      let stderr = '';
      try {
        ({ stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', f, '--sims', '100', '--workers', '1', ...(i === 0 ? ['--format', 'csv'] : [])], { timeout: 60_000 }));
      } catch (e) {
        ({ code, stdout, stderr } = e as { code: number; stdout: string; stderr: string });
      }
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+|internal error/);
      if (expected.ok) {
        expect(code).toBe(0);
        expect(stdout.length).toBeGreaterThan(0);
      } else {
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toBe(`simulate: ${expected.error}\n`);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { loadScenarioText, type LoadResult } from '../../src/cli/loadScenario.ts';
import { FIELDS } from '../../src/core/scenario/fields.ts';
import { fuzzCases, SCENARIOS } from './fuzzMutate.ts';

const CASES_PER_SCENARIO = 600;
const FILE = 'fuzz.json';
/**
 * A message starts with the field it is about: a top-level key of the format (or "scenario") and its
 * path, or an unknown key that it names as such.
 */
const FIELD_START = new RegExp(
  `^(--sims: |--seed: )?((scenario|${FIELDS.scenario.join('|')})(\\[\\d+\\])*(\\.| )|(\\[".*?"\\]|\\S+) is not a known field|\\S+ has \\d+ more fields)`,
);

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
      for (const c of fuzzCases(name, CASES_PER_SCENARIO)) {
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

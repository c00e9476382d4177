import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/cli/loadScenario.ts';
import { estimateWork } from '../../src/core/scenario/validate.ts';
import { fuzzCases, SCENARIOS, type Case } from './fuzzMutate.ts';

const run = promisify(execFile);

describe('validation fuzz through the real command line', { timeout: 120_000 }, () => {
  it('a handful of mutated files: exit 0 with JSON, or exit 2 with one line on stderr, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stride-fuzz-'));
    // Three refused cases and one accepted (run with --format csv): each CLI start costs seconds.
    const all = SCENARIOS.flatMap((n) => fuzzCases(n, 40));
    const verdict = (c: Case) => loadScenarioText(c.text, { file: 'x', format: 'json', sims: 100 });
    const refused = all.filter((c) => !verdict(c).ok).filter((_, i) => i % 29 === 0).slice(0, 3);
    const accepted = all.filter((c) => {
      const v = verdict(c);
      return v.ok && estimateWork(v.scenario) < 1e7;
    });
    const picked = [accepted[0], ...refused];
    for (const [i, c] of picked.entries()) {
      const f = join(dir, `case${i}.json`);
      writeFileSync(f, c.text);
      const expected = loadScenarioText(c.text, { file: f, format: 'json', sims: 100 });
      let code = 0;
      let stdout = '';
      let stderr = '';
      try {
        ({ stdout, stderr } = await run(process.execPath, ['src/cli/bin/simulate.mjs', f, '--sims', '100', '--workers', '1', ...(expected.ok ? ['--format', 'csv'] : [])], { timeout: 60_000 }));
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

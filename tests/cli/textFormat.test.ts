import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { formatText } from '../../src/cli/textReport.ts';
import { simulate } from '../../src/core/engine.ts';
import { validateScenario } from '../../src/core/scenario/validate.ts';
import { formToScenario } from '../../src/form/formToScenario.ts';
import { scenarioToForm } from '../../src/form/scenarioToForm.ts';
import { appParagraph } from '../../src/lib/results/appParagraph.ts';
import { readScenario } from '../../src/share/readScenario.ts';
import { trialJson, valid } from '../core/report/reportFixtures.ts';

/** The seed T25FW scenario planned on half the observed effect, with few trials. */
const shrunk = trialJson('t25fw-edss6', (j) => {
  j.effect = { basis: 'shrunk', shrinkage: 0.5 };
  j.design = { ...(j.design as object), nPerArm: { from: 6, to: 40, step: 4 } };
  j.simulation.sims = 500;
});

/** The scenario the app runs after loading `json` into its form (what "Copy paragraph" describes). */
function asTheAppRunsIt(json: unknown) {
  const r = readScenario(json);
  if (!r.ok) throw new Error(r.errors.join('; '));
  const v = validateScenario(formToScenario(scenarioToForm(r.input, r.scenario)));
  if (!v.ok) throw new Error('the form round trip is invalid');
  return v.scenario;
}

describe('--format text', () => {
  it('parses --date and --base-url, and refuses bad values in one line naming the flag', () => {
    const ok = parseArgs(['f.json', '--format', 'text', '--date', '2026-02-28', '--base-url=https://example.org/stride/']);
    expect(ok).toEqual({ ok: true, args: { file: 'f.json', format: 'text', date: '2026-02-28', baseUrl: 'https://example.org/stride/' } });
    for (const [args, msg] of [
      [['--date', '2026-02-30'], '--date must be a calendar date written YYYY-MM-DD, got "2026-02-30"'],
      [['--date', '4.12.2026'], '--date must be a calendar date written YYYY-MM-DD, got "4.12.2026"'],
      [['--date'], '--date must be a calendar date written YYYY-MM-DD, got nothing'],
      [['--base-url', 'example.org'], '--base-url must be an http or https address without a #fragment, got "example.org"'],
      [['--base-url', 'https://x.org/#s=1'], '--base-url must be an http or https address without a #fragment, got "https://x.org/#s=1"'],
      [['--base-url', 'javascript:alert(1)'], '--base-url must be an http or https address without a #fragment, got "javascript:alert(1)"'],
      [['--base-url', 'https://x.org/\nline'], '--base-url must be an http or https address without a #fragment, got "https://x.org/\\nline"'],
    ] as const) {
      expect(parseArgs(['f.json', '--format', 'text', ...args])).toEqual({ ok: false, error: msg });
    }
    expect(parseArgs(['f.json', '--date', '2026-02-28'])).toEqual({ ok: false, error: '--date and --base-url only apply to --format text or html, got --format json' });
  });

  it('the formatting function prints exactly the app\'s paragraph for the same scenario and seed', () => {
    const cliScenario = valid(shrunk);
    const appScenario = asTheAppRunsIt(shrunk);
    expect(appScenario).toEqual(cliScenario);
    const now = new Date(2026, 11, 4, 23, 59);
    const app = appParagraph(appScenario, simulate(appScenario), false, now, 'https://example.org/stride/#s=1.old');
    const cli = formatText(cliScenario, simulate(cliScenario), { date: '2026-12-04', baseUrl: 'https://example.org/stride/' });
    expect(cli).toBe(app + '\n');
    expect(app).toContain('29.1 percentage points for MSC-NP (observed 58.1): the observed difference shrunk ×0.5.');
  });

  it('the real command line prints the same paragraph', { timeout: 60_000 }, async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'stride-text-')), 'shrunk.json');
    writeFileSync(f, JSON.stringify(shrunk));
    const args = ['src/cli/bin/simulate.mjs', f, '--format', 'text', '--workers', '2', '--date', '2026-12-04', '--base-url', 'http://127.0.0.1:4173/'];
    const { stdout } = await promisify(execFile)(process.execPath, args, { timeout: 60_000 });
    const s = asTheAppRunsIt(shrunk);
    expect(stdout).toBe(appParagraph(s, simulate(s), false, new Date(2026, 11, 4), 'http://127.0.0.1:4173/') + '\n');
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { formatHtml } from '../../src/cli/textReport.ts';
import { simulate } from '../../src/core/engine.ts';
import { ENGINE_VERSION } from '../../src/core/version.ts';
import { htmlReport } from '../../src/report/htmlReport.ts';
import { trialJson, valid } from '../core/report/reportFixtures.ts';

const plan = trialJson('t25fw-edss6', (j) => {
  j.design = { ...(j.design as object), nPerArm: [8, 14, 20] };
  j.simulation.sims = 300;
});

describe('--format html', () => {
  it('is accepted with --date and --base-url, and refuses the searches', () => {
    const ok = parseArgs(['f.json', '--format', 'html', '--date', '2026-02-28', '--base-url=https://example.org/stride/']);
    expect(ok).toEqual({ ok: true, args: { file: 'f.json', format: 'html', date: '2026-02-28', baseUrl: 'https://example.org/stride/' } });
    expect(parseArgs(['f.json', '--format', 'html', '--solve-n', '0.8'])).toEqual({
      ok: false,
      error: '--solve-n and --solve-effect need --format json or text (the report covers the grid rows only)',
    });
    expect(parseArgs(['f.json', '--format', 'pdf'])).toEqual({ ok: false, error: '--format must be json, csv, text, r or html, got pdf' });
  });

  it('writes the report the app downloads, with the date and link asked for (default: today, the fragment alone)', () => {
    const s = valid(plan);
    const r = simulate(s);
    const out = formatHtml(s, r, { date: '2026-12-04', baseUrl: 'https://example.org/stride/' });
    expect(out).toBe(htmlReport({ scenario: s, result: r, engineVersion: ENGINE_VERSION, date: '2026-12-04', baseUrl: 'https://example.org/stride/' }));
    expect(out).toContain('<time datetime="2026-12-04">');
    expect(out).toContain('href="https://example.org/stride/#s=1.');
    const today = formatHtml(s, r);
    expect(today).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(today).toContain('<span class="link">#s=1.');
  });

  it('the real command line prints the same report', { timeout: 60_000 }, async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'stride-html-')), 'plan.json');
    writeFileSync(f, JSON.stringify(plan));
    const args = ['src/cli/bin/simulate.mjs', f, '--format', 'html', '--workers', '2', '--date', '2026-12-04'];
    const { stdout } = await promisify(execFile)(process.execPath, args, { timeout: 60_000 });
    const s = valid(plan);
    expect(stdout).toBe(formatHtml(s, simulate(s), { date: '2026-12-04' }));
  });
});

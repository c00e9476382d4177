import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';

describe('simulate --format r', () => {
  it('is accepted, and refuses the options that do not apply to the R script', () => {
    expect(parseArgs(['f.json', '--format', 'r'])).toEqual({ ok: true, args: { file: 'f.json', format: 'r' } });
    expect(parseArgs(['f.json', '--format=r', '--sims', '500'])).toEqual({ ok: true, args: { file: 'f.json', format: 'r', sims: 500 } });
    expect(parseArgs(['f.json', '--format', 'R'])).toEqual({ ok: false, error: '--format must be json, csv, text, r or html, got R' });
    expect(parseArgs(['f.json', '--format', 'r', '--solve-n', '0.8'])).toEqual({
      ok: false,
      error: '--solve-n and --solve-effect need --format json or text (the R script checks the grid rows only)',
    });
    expect(parseArgs(['f.json', '--format', 'r', '--date', '2026-02-28'])).toEqual({
      ok: false,
      error: '--date and --base-url only apply to --format text or html, got --format r',
    });
  });
});

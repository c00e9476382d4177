import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { loadScenario } from '../../src/cli/loadScenario.ts';
import { readTextFile } from '../../src/cli/readTextFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'stride-files-'));
const SCENARIO = JSON.stringify({
  endpoint: { type: 'continuous' },
  arms: [{ label: 'A', mean: 0, sd: 1 }, { label: 'B', mean: 1, sd: 1 }],
  analysis: { test: 'welch', alpha: 0.05 },
  design: { nPerArm: [10] },
  simulation: { sims: 100, seed: 's' },
});
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const load = (path: string) => loadScenario({ file: path, format: 'json' });

describe('scenario files are checked before they are read', () => {
  it('/dev/zero is refused at once (it was read without limit)', () => {
    const t0 = performance.now();
    expect(readTextFile('/dev/zero', 1_000_000)).toEqual({ ok: false, error: '/dev/zero: not a regular file (a device, pipe or socket cannot hold a scenario)' });
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('a FIFO with no writer is refused without blocking (it blocked forever)', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(load(fifo)).toEqual({ ok: false, error: `${fifo}: not a regular file (a device, pipe or socket cannot hold a scenario)` });
  });

  it('a folder, a missing file and a file over 1 MB, by their size before reading', () => {
    expect(load(dir)).toEqual({ ok: false, error: `${dir}: is a folder` });
    expect(load(join(dir, 'none.json'))).toEqual({ ok: false, error: `${join(dir, 'none.json')}: no such file` });
    const big = file('big.json', ' '.repeat(1_000_001));
    expect(load(big)).toEqual({ ok: false, error: `${big}: larger than 1000000 bytes (1000001)` });
  });

  it('a UTF-8 byte-order mark is stripped', () => {
    const bom = file('bom.json', '\ufeff' + SCENARIO);
    expect(load(bom).ok).toBe(true);
  });

  it('invalid UTF-8 and UTF-16 are refused, naming the problem', () => {
    const latin1 = file('latin1.json', Buffer.from(SCENARIO.replace('"A"', '"Caf\u00e9"'), 'latin1'));
    const r = load(latin1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/latin1\.json: is not valid UTF-8 text \(near byte \d+\); save it as UTF-8$/);
    const utf16 = file('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SCENARIO, 'utf16le')]));
    expect(load(utf16)).toEqual({ ok: false, error: `${utf16}: is UTF-16 text; save it as UTF-8` });
  });
});

describe('numeric flags take decimal digits only', () => {
  for (const v of ['0x3e8', '1e3', ' 1000', '1000 ', '+1000', '1000.0', '0b1111101000', '', '１０００'])
    it(`--sims ${JSON.stringify(v)} is refused, naming the flag and the range`, () => {
      expect(parseArgs(['s.json', '--sims', v])).toEqual({
        ok: false,
        error: `--sims must be a whole number in [100, 1000000] written in decimal digits, got ${JSON.stringify(v)}`,
      });
    });

  it('--workers likewise; plain decimals are taken', () => {
    expect(parseArgs(['s.json', '--workers=0x2'])).toEqual({ ok: false, error: '--workers must be a whole number in [1, 64] written in decimal digits, got "0x2"' });
    expect(parseArgs(['s.json', '--workers', '65'])).toEqual({ ok: false, error: '--workers must be a whole number in [1, 64] written in decimal digits, got 65' });
    expect(parseArgs(['s.json', '--sims', '1000', '--workers=2'])).toEqual({ ok: true, args: { file: 's.json', format: 'json', sims: 1000, workers: 2 } });
    expect(parseArgs(['s.json', '--sims'])).toEqual({ ok: false, error: '--sims must be a whole number in [100, 1000000] written in decimal digits, got nothing' });
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('the CLI when its worker threads keep dying', () => {
  it('exits 1 with one line on stderr, not a hang or a stack trace', async () => {
    // The preload makes every worker thread exit (code 9) instead of sending its second reply.
    const args = ['--require', './tests/cli/fixtures/killThreads.cjs', 'src/cli/bin/simulate.mjs', 'static/scenarios/t25fw-edss6.json', '--workers', '1'];
    const err = (await run(process.execPath, args, { timeout: 60_000 }).then(
      () => null,
      (e: unknown) => e,
    )) as { code: number; stdout: string; stderr: string } | null;
    expect(err).not.toBeNull();
    expect(err!.code).toBe(1);
    expect(err!.stdout).toBe('');
    expect(err!.stderr).toBe(
      'simulate: The simulation stopped: a worker failed 4 times in this run (last time it exited with code 9). Run it again to start fresh workers.\n',
    );
  }, 60_000);
});

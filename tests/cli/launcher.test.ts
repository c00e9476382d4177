import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

// The launcher builds into a temporary folder here, as on a fresh clone, without touching build/cli or any source.
const out = join(mkdtempSync(join(tmpdir(), 'stride-cli-build-')), 'cli');
const stampFile = join(out, 'stamp.json');
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

async function launch(): Promise<{ stdout: string; stderr: string }> {
  const args = ['src/cli/bin/simulate.mjs', 'static/scenarios/edss-plus-responders.json', '--sims', '100', '--format', 'csv'];
  return run(process.execPath, args, { timeout: 90_000, env: { ...process.env, STRIDE_CLI_BUILD_DIR: out } });
}

type Stamp = [string, number, number][];
const stamp = (): Stamp => JSON.parse(readFileSync(stampFile, 'utf8'));

describe('npm run simulate: the launcher that builds the CLI when needed', { timeout: 120_000 }, () => {
  it('builds once when the build is missing (two launches at once), quietly: stdout holds only the results', async () => {
    const [a, b] = await Promise.all([launch(), launch()]);
    for (const r of [a, b]) {
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n')[0]).toMatch(/^arm,nPerArm,nControl,/);
    }
    expect(b.stdout).toBe(a.stdout);
    // the stamp lists the bundled sources (read back from the bundle), so a change to any of them is seen
    const files = stamp().map((e) => e[0]);
    for (const f of ['src/cli/simulate.ts', 'src/cli/nodePool.ts', 'src/pool/runPool.ts', 'src/core/engine.ts', 'workers/sim.node-worker.ts', 'src/share/decodeUtf8.ts'])
      expect(files).toContain(f);
    // No Svelte: the HTML report (src/report) draws its figure with the app's pure chart layouts from
    // src/lib/charts (*.ts, no components), so those may be bundled, but never a component.
    expect(files.filter((f) => f.endsWith('.svelte') || (f.startsWith('src/lib/') && !/^src\/lib\/(charts|results)\/[A-Za-z]+\.ts$/.test(f)))).toEqual([]);
  });

  it('reuses a fresh build and rebuilds after a bundled source changes', async () => {
    const built = statSync(stampFile).mtimeMs;
    const first = await launch();
    expect(statSync(stampFile).mtimeMs).toBe(built);
    // What an edit to src/cli/args.ts does to its fingerprint (size and mtime), without editing the file.
    const edited = stamp().map((e): Stamp[number] => (e[0] === 'src/cli/args.ts' ? [e[0], e[1] + 1, e[2] - 1000] : e));
    writeFileSync(stampFile, JSON.stringify(edited));
    const again = await launch();
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toBe('');
    expect(stamp()).not.toEqual(edited);
    expect(stamp().find((e) => e[0] === 'src/cli/args.ts')?.[1]).toBe(statSync('src/cli/args.ts').size);
  });
});

import { median } from 'd3-array';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARGS = ['src/cli/bin/simulate.mjs', 'static/scenarios/t25fw-edss6.json', '--sims', '100'];

/** Wall time of one `node src/cli/bin/simulate.mjs` run (what `npm run -s simulate` runs, without npm's own start-up). */
function wallMs(env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  execFileSync(process.execPath, ARGS, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
}

export interface CliStartup {
  /** First run after a source change: builds the CLI into an empty folder, then runs. */
  firstMs: number;
  /** Median of warm runs (fresh build). */
  warmMs: number;
  warmRuns: number[];
}

/** The CLI's start-up: a 100-trial run of the T25FW scenario (~15 ms of simulation), wall clock. */
export function cliStartup(runs = 5): CliStartup {
  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-cli-'));
  const env = { ...process.env, STRIDE_CLI_BUILD_DIR: join(dir, 'cli') };
  try {
    const firstMs = wallMs(env);
    const warmRuns = Array.from({ length: runs }, () => wallMs(env));
    return { firstMs, warmMs: median(warmRuns) ?? NaN, warmRuns };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

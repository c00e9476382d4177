import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global set-up of the cli project: builds the CLI (only when missing or stale, as `npm run simulate` does)
 * once before the test files start it in parallel, so no test waits on a build or times one.
 */
export default function setup(): void {
  const build = fileURLToPath(new URL('../../src/cli/bin/cliBuild.mjs', import.meta.url));
  execFileSync(process.execPath, [build], { stdio: ['ignore', 'ignore', 'inherit'] });
}

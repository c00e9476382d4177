import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { availableParallelism } from 'node:os';
import { earlyWorkers } from './src/pool/earlyWorkersPlugin.ts';

// Vitest's default is one worker per core less one: a single worker on a 2-core machine, which leaves a core idle
// while the unit files (in-process simulation, CPU-bound) run one after another. Projects with different worker
// counts run in turn (sequence.groupOrder): unit, then cli, then browser.
const NODE_WORKERS = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte(), earlyWorkers()],
  worker: { format: 'es' },
  // One stylesheet, linked from index.html (6.5 kB gzip): split per lazy view, each view's import inserted its own
  // <link> and restyled the whole page as it arrived (15 files; 16 page loads took 24 s against 20 s, issue 10/11).
  build: { target: 'es2022', outDir: 'dist', cssCodeSplit: false },
  test: {
    // CI asks for a JSON report too, from which .ci/run prints "N passed, N failed".
    reporters: process.env.STRIDE_VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.STRIDE_VITEST_JSON ? { json: process.env.STRIDE_VITEST_JSON } : undefined,
    projects: [
      {
        extends: true,
        // The engine and every plain-Node piece (forms, links, reports): in-process, no CLI build, no browser.
        test: {
          name: 'unit',
          include: ['tests/core/**/*.test.ts', 'tests/validation/**/*.test.ts', 'tests/report/**/*.test.ts'],
          environment: 'node',
          // Files share one module graph per worker instead of importing the engine afresh for each of ~110 files
          // (about half the project's CPU went to that). Safe because src/core is pure: its module state is
          // memoisation only (critical-value and table caches), and the tests mock nothing and touch no globals.
          isolate: false,
          // Worker threads rather than child processes: the files' module requests and results cross a MessagePort,
          // not a process pipe. Measured interleaved, 7 pairs on the shared 2-core host: median 33.0 s against 35.8 s.
          pool: 'threads',
          maxWorkers: NODE_WORKERS,
          // A hang guard, not a speed limit: with two workers on two busy cores a 3 s calibration can pass 5 s.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          environment: 'node',
          // the CLI tests run the built command line, as users do: built once (if stale) before any file starts
          globalSetup: ['tests/cli/buildCli.setup.ts'],
          // One module graph for the files, as in the unit project: the engine and CLI modules are imported once, not
          // once per file. Safe for the same reasons (no mocks, no globals); the CLI's own state lives in its processes.
          isolate: false,
          // one file at a time (Vitest's default on 2 cores): each starts worker pools of its own, and two at once
          // oversubscribe the cores until the worker-death tests time out; a group of its own, after the unit files.
          // (`npm test` runs this project in a Vitest of its own beside the browser files: tests/npmTest.mjs.)
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // builds and serves the app and starts Chromium once for all files (one context, storage cleared per file)
          globalSetup: ['tests/browser/serveApp.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One worker runs every file in turn in one module graph: playwright-core and the harness are imported
          // once, not once per file (1–3 s each), and the files share one browser context and reuse its tabs (harness.ts).
          isolate: false,
          // after the unit and cli files
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});

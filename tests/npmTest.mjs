// `npm test`: svelte-check (strict TypeScript) and Vitest started together, the command failing when either fails.
// In turn they took svelte-check's ~20 s plus Vitest's run; together svelte-check runs on the core time the tests leave
// idle (a browser test waiting for a page, a worker waiting for its file). A plain low priority was not enough: Linux
// shares the cores between sessions (autogroups) before it looks at priorities, so svelte-check gets a session of its
// own whose autogroup is at the lowest priority (measured: the unit files end ~4 s sooner). Its report is held back
// and printed after Vitest's, so neither interleaves with the other.
// Arguments go to one Vitest (`npm test -- --project unit`); without them every project runs, in two phases (below).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeReports, run } from './npmTestRun.mjs';

const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

// --tsgo: TypeScript's diagnostics come from tsgo (the native TypeScript 7 compiler, @typescript/native-preview); svelte2tsx,
// the Svelte compiler's warnings and the a11y checks stay as they were. Same diagnostics on every error we planted
// (.ts, .svelte, tests, implicit any, Svelte warnings); 8 instead of 22 core-seconds. It writes the transpiled Svelte
// files to .svelte-check/ (ignored by git).
const check = run([bin('svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--tsgo', '--output', 'machine'], {
  capture: true,
  background: true,
  limitS: 600, // a hang guard, as for the Vitest phases below (it takes ~10 s)
});
const vitest = bin('vitest/vitest.mjs');
const args = process.argv.slice(2);

let testsCode;
if (args.length > 0) {
  // Arguments (a project, a file, a filter): one Vitest as asked.
  testsCode = (await run([vitest, 'run', ...args])).code;
} else {
  // Every test, in two phases. The unit files keep both cores busy on their own (measured 100%), so they run first,
  // alone. The browser files leave ~15% of the cores idle (a page loading, a small run on the app's one worker), so
  // the cli files run beside them in a second Vitest, its report held back and printed after the browser's.
  // One Vitest cannot do this: projects that run at once share one worker count (so the cli and browser files ran
  // one after another), and two browser files at once would share one Chromium window (a tab behind is throttled).
  // Each phase writes Vitest's JSON report (vite.config.ts reads STRIDE_VITEST_JSON), from which the line that
  // sums them up is printed, and which CI gets as one report.
  // A hang guard per phase, 15–20 times what each takes here (unit ~35 s, cli ~30 s, browser ~110 s): Vitest has no
  // limit on loading a test file, and a cli file once stayed for minutes in a Node import that never returned.
  const override = Number(process.env.STRIDE_PHASE_LIMIT_S); // for checking the guard by hand
  const limits = Object.fromEntries(Object.entries({ unit: 600, cli: 600, browser: 1800 }).map(([name, s]) => [name, override || s]));
  const reports = mkdtempSync(join(tmpdir(), 'stride-npm-test-'));
  const phase = (name) => ({
    env: { STRIDE_VITEST_JSON: join(reports, `${name}.json`) },
    limitS: limits[name],
  });
  const started = Date.now();
  const unit = await run([vitest, 'run', '--project', 'unit'], phase('unit'));
  const cliRun = run([vitest, 'run', '--project', 'cli'], { capture: true, ...phase('cli') });
  const browser = await run([vitest, 'run', '--project', 'browser'], phase('browser'));
  const cli = await cliRun;
  process.stdout.write(`\ncli project (run alongside the browser project):\n${cli.output}`);
  const results = { unit, cli, browser };
  for (const [name, r] of Object.entries(results)) {
    if (r.timedOut) console.error(`\nVitest's ${name} project was still running after ${limits[name]} s, so it was stopped as hung.`);
  }
  const codes = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.timedOut ? 1 : r.code]));
  const merged = mergeReports(Object.keys(codes).map((name) => join(reports, `${name}.json`)));
  rmSync(reports, { recursive: true, force: true });
  if (process.env.STRIDE_VITEST_JSON) writeFileSync(process.env.STRIDE_VITEST_JSON, JSON.stringify(merged));
  const count = (n) => n.toLocaleString('en-US');
  const skipped = merged.numPendingTests + merged.numTodoTests;
  process.stdout.write(
    `\nEvery project: ${count(merged.numPassedTests)} passed, ${count(merged.numFailedTests)} failed` +
      `${skipped ? `, ${count(skipped)} skipped` : ''} (passed by project: ${merged.perProject.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  );
  for (const [name, r] of Object.entries(results)) if (!r.timedOut && r.code !== 0) console.error(`Vitest's ${name} project failed (exit code ${r.code})`);
  testsCode = Object.values(codes).find((code) => code !== 0) ?? 0;
}
const typecheck = await check;
process.stdout.write(`\nsvelte-check (strict TypeScript, run alongside Vitest):\n${typecheck.output}`);
if (typecheck.timedOut) console.error('svelte-check was still running after 600 s, so it was stopped as hung.');
if (typecheck.code !== 0) console.error(`svelte-check failed (exit code ${typecheck.code})`);
if (testsCode !== 0) console.error(`Vitest failed (exit code ${testsCode})`);
process.exit(typecheck.code !== 0 ? typecheck.code : testsCode);

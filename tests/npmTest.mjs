// `npm test`: svelte-check (strict TypeScript) and Vitest started together, the command failing when either fails.
// In turn they took svelte-check's ~20 s plus Vitest's run; together svelte-check runs on the core time the tests leave
// idle (a browser test waiting for a page, a worker waiting for its file). A plain low priority was not enough: Linux
// shares the cores between sessions (autogroups) before it looks at priorities, so svelte-check gets a session of its
// own whose autogroup is at the lowest priority (measured: the unit files end ~4 s sooner). Its report is held back
// and printed after Vitest's, so neither interleaves with the other.
// Arguments go to one Vitest (`npm test -- --project unit`); without them every project runs, in two phases (below).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setPriority, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

/** Runs a Node command line; resolves to its exit code (1 when it was killed by a signal). */
function run(args, { capture = false, background = false, env = undefined } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: env ? { ...process.env, ...env } : process.env,
    stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    detached: background,
  });
  if (background) {
    try {
      writeFileSync(`/proc/${child.pid}/autogroup`, '19');
    } catch {
      // no autogroups here
    }
    try {
      setPriority(child.pid, 19);
    } catch {
      // not allowed here: it runs at normal priority
    }
    // In a session of its own it gets no Ctrl-C from the terminal: it ends with this command, however that ends.
    const stop = () => child.kill();
    process.on('exit', stop);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        stop();
        process.kill(process.pid, signal); // the handler is gone: the signal now ends this command as it would have
      });
    }
  }
  const output = [];
  if (capture) {
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(output).toString('utf8') }));
  });
}

// --tsgo: TypeScript's diagnostics come from tsgo (the native TypeScript 7 compiler, @typescript/native-preview); svelte2tsx,
// the Svelte compiler's warnings and the a11y checks stay as they were. Same diagnostics on every error we planted
// (.ts, .svelte, tests, implicit any, Svelte warnings); 8 instead of 22 core-seconds. It writes the transpiled Svelte
// files to .svelte-check/ (ignored by git).
const check = run([bin('svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--tsgo', '--output', 'machine'], {
  capture: true,
  background: true,
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
  const reports = mkdtempSync(join(tmpdir(), 'stride-npm-test-'));
  const phase = (name) => ({ env: { STRIDE_VITEST_JSON: join(reports, `${name}.json`) } });
  const started = Date.now();
  const unit = await run([vitest, 'run', '--project', 'unit'], phase('unit'));
  const cliRun = run([vitest, 'run', '--project', 'cli'], { capture: true, ...phase('cli') });
  const browser = await run([vitest, 'run', '--project', 'browser'], phase('browser'));
  const cli = await cliRun;
  process.stdout.write(`\ncli project (run alongside the browser project):\n${cli.output}`);
  const codes = { unit: unit.code, cli: cli.code, browser: browser.code };
  const merged = mergeReports(Object.keys(codes).map((name) => join(reports, `${name}.json`)));
  rmSync(reports, { recursive: true, force: true });
  if (process.env.STRIDE_VITEST_JSON) writeFileSync(process.env.STRIDE_VITEST_JSON, JSON.stringify(merged));
  const count = (n) => n.toLocaleString('en-US');
  const skipped = merged.numPendingTests + merged.numTodoTests;
  process.stdout.write(
    `\nEvery project: ${count(merged.numPassedTests)} passed, ${count(merged.numFailedTests)} failed` +
      `${skipped ? `, ${count(skipped)} skipped` : ''} (passed by project: ${merged.perProject.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  );
  for (const [name, code] of Object.entries(codes)) if (code !== 0) console.error(`Vitest's ${name} project failed (exit code ${code})`);
  testsCode = Object.values(codes).find((code) => code !== 0) ?? 0;
}
const typecheck = await check;
process.stdout.write(`\nsvelte-check (strict TypeScript, run alongside Vitest):\n${typecheck.output}`);
if (typecheck.code !== 0) console.error(`svelte-check failed (exit code ${typecheck.code})`);
if (testsCode !== 0) console.error(`Vitest failed (exit code ${testsCode})`);
process.exit(typecheck.code !== 0 ? typecheck.code : testsCode);

/**
 * One Vitest JSON report from the phases' (counts summed, files listed, and a count per project); a phase that wrote
 * none (it crashed) counts as failed.
 */
function mergeReports(files) {
  const keys = ['numTotalTests', 'numPassedTests', 'numFailedTests', 'numPendingTests', 'numTodoTests'];
  const merged = { ...Object.fromEntries(keys.map((k) => [k, 0])), success: true, startTime: Infinity, testResults: [], perProject: [] };
  for (const file of files) {
    const name = basename(file, '.json');
    let report;
    try {
      report = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      merged.success = false;
      merged.perProject.push(`${name}: no report`);
      continue;
    }
    for (const key of keys) merged[key] += report[key] ?? 0;
    merged.success &&= report.success;
    merged.startTime = Math.min(merged.startTime, report.startTime);
    merged.testResults.push(...report.testResults);
    merged.perProject.push(`${name} ${report.numPassedTests.toLocaleString('en-US')}`);
  }
  return merged;
}

// `npm test`: svelte-check (strict TypeScript) and Vitest started together, the command failing when either fails.
// In turn they took svelte-check's ~20 s plus Vitest's run; together svelte-check runs on the core time the tests leave
// idle (a browser test waiting for a page, a worker waiting for its file). A plain low priority was not enough: Linux
// shares the cores between sessions (autogroups) before it looks at priorities, so svelte-check gets a session of its
// own whose autogroup is at the lowest priority (measured: the unit files end ~4 s sooner). Its report is held back
// and printed after Vitest's, so neither interleaves with the other.
// Arguments go to Vitest (`npm test -- --project unit`).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

/** Runs a Node command line; resolves to its exit code (1 when it was killed by a signal). */
function run(args, { capture = false, background = false } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
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
const tests = await run([bin('vitest/vitest.mjs'), 'run', ...process.argv.slice(2)]);
const typecheck = await check;
process.stdout.write(`\nsvelte-check (strict TypeScript, run alongside Vitest):\n${typecheck.output}`);
if (typecheck.code !== 0) console.error(`svelte-check failed (exit code ${typecheck.code})`);
if (tests.code !== 0) console.error(`Vitest failed (exit code ${tests.code})`);
process.exit(typecheck.code !== 0 ? typecheck.code : tests.code);

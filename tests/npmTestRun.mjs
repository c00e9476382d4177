// The pieces of `npm test` (tests/npmTest.mjs) that tests/cli/npmTestRun.test.ts checks: running a command line in
// a process group of its own, with a hang guard, and summing Vitest's JSON reports.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Ends `stop` with this command, however it ends (its exit, Ctrl-C, a kill), then lets the signal end it as usual. */
function stopWithThisCommand(stop) {
  process.on('exit', () => stop('SIGTERM'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop(signal);
      process.kill(process.pid, signal); // the handler is gone: the signal now ends this command as it would have
    });
  }
}

/**
 * Runs a Node command line in a process group of its own; resolves to its exit code (1 when it was killed by a
 * signal) and, when `capture`, its output. `background`: at the lowest priority. `limitS`: a hang guard; past it the
 * group (the command and every process it started) is stopped and `timedOut` is set.
 */
export function run(args, { capture = false, background = false, env = undefined, limitS = undefined } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: env ? { ...process.env, ...env } : process.env,
    stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    // A session of its own: a hung command is stopped with all it started (a Vitest's forks and command lines).
    detached: true,
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
  }
  let ended = false;
  const kill = (signal) => {
    if (ended) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // In a session of its own it gets no Ctrl-C from the terminal: it gets this command's signals instead.
  stopWithThisCommand(kill);
  let timedOut = false;
  const guard =
    limitS === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          kill('SIGTERM');
          setTimeout(() => kill('SIGKILL'), 10_000).unref();
        }, limitS * 1000);
  const output = [];
  if (capture) {
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      ended = true;
      clearTimeout(guard);
      resolve({ code: code ?? 1, timedOut, output: Buffer.concat(output).toString('utf8') });
    });
  });
}

/**
 * One Vitest JSON report from the phases' (counts summed, files listed, and a count per project); a phase that wrote
 * none (it crashed) counts as failed.
 */
export function mergeReports(files) {
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

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeReports, run } from '../npmTestRun.mjs';

/** Whether a process is still alive (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm test's phases (tests/npmTestRun.mjs)", () => {
  it('gives the exit code and the captured output of a command that ends', async () => {
    const r = await run(['-e', 'console.log("out"); console.error("err"); process.exit(3)'], { capture: true, limitS: 30 });
    expect(r).toEqual({ code: 3, timedOut: false, output: expect.stringMatching(/out\n[\s\S]*err\n|err\n[\s\S]*out\n/) });
  });

  it('stops a hung command past its limit, with every process it started', async () => {
    // The command starts a child of its own (as Vitest starts forks), prints the child's pid, and never ends.
    const script = `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log(c.pid); setInterval(() => {}, 1000);`;
    const t0 = Date.now();
    const r = await run(['-e', script], { capture: true, limitS: 1 });
    expect(r.timedOut).toBe(true);
    expect(r.code).toBe(1); // ended by a signal
    expect(Date.now() - t0).toBeLessThan(8_000);
    const grandchild = Number(r.output.trim());
    expect(grandchild).toBeGreaterThan(0);
    const deadline = Date.now() + 5_000;
    while (alive(grandchild) && Date.now() < deadline) await new Promise((d) => setTimeout(d, 50));
    expect(alive(grandchild), 'the hung command left its child running').toBe(false);
  });

  it("sums the phases' JSON reports, and counts a phase that wrote none as failed", () => {
    const dir = mkdtempSync(join(tmpdir(), 'stride-merge-'));
    const report = (passed: number, failed: number, startTime: number) => ({
      numTotalTests: passed + failed + 1,
      numPassedTests: passed,
      numFailedTests: failed,
      numPendingTests: 1,
      numTodoTests: 0,
      success: failed === 0,
      startTime,
      testResults: [{ name: `file${passed}` }],
    });
    writeFileSync(join(dir, 'unit.json'), JSON.stringify(report(1414, 0, 2000)));
    writeFileSync(join(dir, 'browser.json'), JSON.stringify(report(68, 1, 1000)));
    const merged = mergeReports(['unit', 'cli', 'browser'].map((n) => join(dir, `${n}.json`)));
    expect(merged).toMatchObject({ numTotalTests: 1485, numPassedTests: 1482, numFailedTests: 1, numPendingTests: 2, success: false, startTime: 1000 });
    expect(merged.testResults).toEqual([{ name: 'file1414' }, { name: 'file68' }]);
    expect(merged.perProject).toEqual(['unit 1,414', 'cli: no report', 'browser 68']);
    writeFileSync(join(dir, 'cli.json'), JSON.stringify(report(46, 0, 1500)));
    writeFileSync(join(dir, 'browser.json'), JSON.stringify(report(69, 0, 1000)));
    expect(mergeReports(['unit', 'cli', 'browser'].map((n) => join(dir, `${n}.json`))).success).toBe(true);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, OUR_DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES, TEST_CHROMIUM_ARGS } from './chromium.ts';

describe("the test Chromium's flags", () => {
  it("repeat Playwright's own disabled features in the one --disable-features flag (Chromium keeps only the last)", () => {
    // playwright-core's bundle holds its list as `disabledFeatures = [ "A", // comment … ]`.
    const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
    const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
    const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1];
    expect(list, "playwright-core's disabledFeatures list was not found: read its chromiumSwitches and update chromium.ts").toBeDefined();
    const theirs = [...list!.matchAll(/^\s*"([^"]+)"/gm)].map((m) => m[1]);
    expect(theirs.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(theirs);
    const flags = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
    expect(flags).toHaveLength(1);
    expect(flags[0].slice('--disable-features='.length).split(',')).toEqual([...theirs, ...OUR_DISABLED_FEATURES]);
  });

  it("the test files' Chromium runs V8 without background threads, and only it", () => {
    expect(TEST_CHROMIUM_ARGS).toEqual([...CHROMIUM_ARGS, '--js-flags=--single-threaded']);
    expect(CHROMIUM_ARGS.some((a) => a.startsWith('--js-flags'))).toBe(false); // screenshots and the page bench: as users run it
    // The Chromium that the set-up (serveApp.setup.ts) started from Vitest's main process: the parent of this one (a
    // fork, as configured) or this process itself (were the files run on threads).
    const browsers = readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .map((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          return { ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]), cmd };
        } catch {
          return undefined; // ended meanwhile
        }
      })
      .filter((p) => p !== undefined && [process.ppid, process.pid].includes(p.ppid) && p.cmd.some((a) => a.includes('--remote-debugging-pipe')));
    expect(browsers).toHaveLength(1);
    expect(browsers[0]?.cmd).toContain('--js-flags=--single-threaded');
  });
});

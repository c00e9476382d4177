import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where test builds are kept, one folder per content hash (build/ is not committed). */
const CACHE = join(ROOT, 'build', 'app-test');
/** Everything the app build reads: its sources (src imports docs/validation.md), assets and configuration. */
const INPUT_DIRS = ['src', 'workers', 'static', 'docs'];
const INPUT_FILES = ['index.html', 'vite.config.ts', 'svelte.config.js', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** A build not used for this long is removed (an older run may still be serving its own for a while). */
const STALE_MS = 3_600_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** SHA-256 over the path and bytes of every input file, in a fixed order. */
function sourceHash(): string {
  const h = createHash('sha256');
  const files = [...INPUT_DIRS.flatMap((d) => filesUnder(join(ROOT, d))), ...INPUT_FILES.filter((f) => existsSync(join(ROOT, f)))].sort();
  for (const f of files) h.update(f).update('\0').update(readFileSync(join(ROOT, f))).update('\0');
  return h.digest('hex').slice(0, 16);
}

/**
 * The production build of the app for the sources as they are now: reused when a build of the same bytes exists
 * (a rerun after editing only tests skips the build), else built into a temporary folder and renamed into place, so
 * two runs at once never serve a half-written build. CI starts from a clean clone and always builds.
 */
export async function builtApp(): Promise<string> {
  const dir = join(CACHE, sourceHash());
  if (!existsSync(join(dir, 'index.html'))) {
    mkdirSync(CACHE, { recursive: true });
    const tmp = mkdtempSync(join(CACHE, '.building-'));
    // Vitest sets NODE_ENV=test, which would make Svelte compile in dev mode: build as production.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true, reportCompressedSize: false } });
      try {
        renameSync(tmp, dir);
      } catch (e) {
        if (!existsSync(join(dir, 'index.html'))) throw e; // else another run finished the same build first
      }
    } finally {
      process.env.NODE_ENV = nodeEnv;
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const now = Date.now();
  utimesSync(dir, now / 1000, now / 1000); // in use: not stale for the next hour
  for (const other of readdirSync(CACHE)) {
    const p = join(CACHE, other);
    if (p !== dir && now - statSync(p).mtimeMs > STALE_MS) rmSync(p, { recursive: true, force: true });
  }
  return dir;
}

// Builds the command line (src/cli/simulate.ts and its worker thread) into plain JavaScript in build/cli,
// so `npm run simulate` starts without transpiling TypeScript in every thread (tsx took 2–3 s per run).
// The build is not committed: it is made on first use and again whenever a file it was made from changes.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The build folder; STRIDE_CLI_BUILD_DIR moves it (the launcher's own test builds into a temporary folder). */
export const OUT = process.env.STRIDE_CLI_BUILD_DIR ? resolve(process.env.STRIDE_CLI_BUILD_DIR) : join(ROOT, 'build', 'cli');
const STAMP = join(OUT, 'stamp.json');
const LOCK = `${OUT}.lock`;
/** Files that shape the build without being bundled modules. */
const CONFIG = ['src/cli/bin/cliBuild.mjs', 'tsconfig.json', 'package.json'];

/** Size and mtime of each file, or null when one is missing. */
function fingerprint(files) {
  try {
    return files.map((f) => {
      const st = statSync(join(ROOT, f));
      return [f, st.size, st.mtimeMs];
    });
  } catch {
    return null;
  }
}

/**
 * Fresh when every file the last build was made from (its modules, read back from the bundle, and CONFIG) has the
 * size and mtime it had then. A new source file can only enter the bundle through an import in a file already in it.
 */
export function isFresh() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  const now = fingerprint(stamp.map((e) => e[0]));
  return now !== null && JSON.stringify(now) === JSON.stringify(stamp);
}

async function build() {
  const { build: viteBuild } = await import('vite');
  rmSync(STAMP, { force: true });
  const started = Date.now();
  const output = await viteBuild({
    configFile: false,
    root: ROOT,
    logLevel: 'silent', // stdout carries the JSON/CSV results; errors are thrown and reported by the caller
    mode: 'production',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: true,
      outDir: OUT,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: { simulate: join(ROOT, 'src/cli/simulate.ts'), 'sim.node-worker': join(ROOT, 'workers/sim.node-worker.ts') },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
      },
    },
  });
  const modules = new Set();
  for (const o of Array.isArray(output) ? output : [output]) {
    for (const chunk of o.output) {
      for (const id of chunk.moduleIds ?? []) {
        const file = id.split('?')[0];
        if (isAbsolute(file)) modules.add(relative(ROOT, file));
      }
    }
  }
  const stamp = fingerprint([...CONFIG, ...[...modules].sort()]);
  if (stamp === null) throw new Error('a source file vanished during the CLI build');
  // A file saved while the bundler read it may be bundled in its old state: then leave no stamp, so the next run
  // builds again (2 s of slack for file systems with coarse mtimes).
  if (stamp.some((e) => e[2] >= started - 2000)) return;
  writeFileSync(STAMP, JSON.stringify(stamp));
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Takes the build lock (a directory: mkdir is atomic), clearing one left by a process that has ended. */
function tryLock() {
  mkdirSync(dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return true;
  } catch (e) {
    if (e.code !== 'EEXIST') throw e;
    let pid = NaN;
    try {
      pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    } catch {
      // the owner has not written its pid yet, or is removing the lock
    }
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/**
 * Builds the CLI when its build is missing or older than its sources; concurrent callers (parallel test files,
 * two terminals) wait for one build instead of writing the same folder at once.
 */
export async function ensureBuilt() {
  const deadline = Date.now() + 120_000;
  while (!isFresh()) {
    if (tryLock()) {
      try {
        if (!isFresh()) await build();
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
      return;
    }
    if (Date.now() > deadline) throw new Error(`another CLI build has held ${relative(ROOT, LOCK)} for 2 minutes; remove it if no build is running`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// `node src/cli/bin/cliBuild.mjs`: build if needed (test set-up, CI).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await ensureBuilt();

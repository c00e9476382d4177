// `npm run simulate`: builds the CLI into plain JavaScript when the build is missing or stale (quietly: stdout is
// the results), then runs it. See bin/cliBuild.mjs.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUT, ensureBuilt, isFresh } from './cliBuild.mjs';

if (!isFresh()) {
  try {
    await ensureBuilt();
  } catch (e) {
    process.stderr.write(`simulate: the command line could not be built: ${String(e?.message ?? e).split('\n')[0]}\n`);
    process.exit(1);
  }
}
await import(pathToFileURL(join(OUT, 'simulate.js')).href);

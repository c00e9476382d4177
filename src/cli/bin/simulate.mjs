// `npm run simulate`: builds the CLI into plain JavaScript when the build is missing or stale (quietly: stdout is
// the results), then runs it. See src/cli/bin/cliBuild.mjs.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUT, ensureBuilt, isFresh } from './cliBuild.mjs';

if (!isFresh()) {
  try {
    await ensureBuilt();
  } catch (e) {
    // A source that does not compile (a developer's slip, not bad input): the bundler's whole message, uncoloured.
    const text = String(e?.message ?? e).replace(/\u001b\[[0-9;]*m/g, '').trim();
    process.stderr.write(`simulate: the command line could not be built from the sources: ${text}\n`);
    process.exit(1);
  }
}
await import(pathToFileURL(join(OUT, 'simulate.js')).href);

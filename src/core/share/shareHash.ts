import * as lzModule from 'lz-string';

// lz-string is CommonJS (`module.exports = LZString`): Node's ESM loader (the command line under tsx)
// exposes it as the default export only, bundlers as named exports too. Accept either.
const lz = (lzModule as typeof lzModule & { default?: typeof lzModule }).default ?? lzModule;

/** Version prefix of the compact link; bump it if the link's encoding ever changes. */
export const LINK_VERSION = '1';

/**
 * The compact hash for a scenario: `#s=<version>.<lz-string of its JSON>`. Pure, so the app, the
 * report paragraph and the command line encode a scenario identically.
 * @example encodeShareHash({ name: 'x' }) // → "#s=1.N4IgdghgtgpiBcIDGB7AJgS..."
 */
export function encodeShareHash(scenario: unknown): string {
  return `#s=${LINK_VERSION}.${lz.compressToEncodedURIComponent(JSON.stringify(scenario))}`;
}

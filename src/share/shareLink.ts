import { decompressBounded } from './boundedDecompress.ts';
import { LINK_VERSION } from '../core/share/shareHash.ts';
import { MAX_SCENARIO_CHARS } from './readScenario.ts';

// The encoding is pure and lives in core (the report paragraph and the command line use it too).
export { encodeShareHash, LINK_VERSION } from '../core/share/shareHash.ts';

export type HashContent = { kind: 'none' } | { kind: 'text'; text: string; what: string } | { kind: 'error'; message: string };

/**
 * Reads a location hash: `#s=<version>.<lz>` (compact) or `#scenario=<encodeURIComponent(JSON)>`.
 * Returns the JSON text only; the caller parses and validates it like any untrusted input.
 */
export function decodeShareHash(hash: string): HashContent {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h.length > 4 * MAX_SCENARIO_CHARS) return { kind: 'error', message: 'The link is too long to hold a scenario.' };
  if (h.startsWith('s=')) {
    const m = /^s=([0-9]+)\.(.*)$/s.exec(h);
    if (!m) return { kind: 'error', message: 'The link is damaged: its scenario has no version.' };
    if (m[1] !== LINK_VERSION)
      return { kind: 'error', message: `The link uses format ${m[1]}; this version of Stride reads format ${LINK_VERSION}.` };
    const d = decompressBounded(m[2], MAX_SCENARIO_CHARS);
    if (!d.ok && d.reason === 'too-large')
      return { kind: 'error', message: `The link is damaged or hostile: its scenario expands beyond ${MAX_SCENARIO_CHARS} characters.` };
    if (!d.ok || d.text === '') return { kind: 'error', message: 'The link is damaged: its scenario cannot be decompressed.' };
    return { kind: 'text', text: d.text, what: 'The link' };
  }
  if (h.startsWith('scenario=')) {
    try {
      return { kind: 'text', text: decodeURIComponent(h.slice('scenario='.length)), what: 'The link' };
    } catch {
      return { kind: 'error', message: 'The link is damaged: its scenario is not correctly URL-encoded.' };
    }
  }
  return { kind: 'none' };
}

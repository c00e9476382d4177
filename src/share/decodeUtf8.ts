export type TextFileResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Strict UTF-8 (fatal: a Latin-1 or UTF-16 file is named as such, not turned into U+FFFD); a BOM is dropped.
 * Shared by the command line and the app's file loader.
 * @example decodeUtf8('f.json', new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) // → {ok: true, text: '{}'}
 */
export function decodeUtf8(what: string, bytes: Uint8Array): TextFileResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return { ok: false, error: `${what}: is UTF-16 text; save it as UTF-8` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    return { ok: false, error: `${what}: is not valid UTF-8 text (near byte ${at}); save it as UTF-8` };
  }
}

/** Where strict decoding first fails: the longest prefix that decodes as a stream (an unfinished sequence is allowed). */
function firstInvalidByte(b: Uint8Array): number {
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

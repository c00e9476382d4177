import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeUtf8, type TextFileResult } from '../share/decodeUtf8.ts';

/**
 * Reads a UTF-8 text file of at most maxBytes: opened without blocking (a FIFO would otherwise wait
 * forever for a writer), refused unless it is a regular file (/dev/zero, a FIFO, a folder), checked
 * for size before reading, decoded strictly (invalid UTF-8 is an error, not U+FFFD), BOM removed.
 * @example readTextFile('scenario.json', 1_000_000) // → {ok: true, text: '{…}'}
 */
export function readTextFile(path: string, maxBytes: number): TextFileResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    return { ok: false, error: `${path}: ${why}` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, error: `${path}: is a folder` };
    if (!st.isFile()) return { ok: false, error: `${path}: not a regular file (a device, pipe or socket cannot hold a scenario)` };
    if (st.size > maxBytes) return { ok: false, error: `${path}: larger than ${maxBytes} bytes (${st.size})` };
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, null);
      if (n === 0) break;
      got += n;
    }
    return decodeUtf8(path, buf.subarray(0, got));
  } catch {
    return { ok: false, error: `${path}: cannot be read` };
  } finally {
    closeSync(fd);
  }
}

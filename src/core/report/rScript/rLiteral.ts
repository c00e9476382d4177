/**
 * R literals for generated scripts. Every text from a scenario goes through `rString`, which writes
 * pure ASCII: a label can then neither end the string nor start a line of code, in any locale.
 */

/**
 * A double-quoted R string literal: backslash, quote and every character outside printable ASCII
 * escaped (`\u{…}` / `\U{…}`, R Language Definition §10.3.1). R strings cannot hold NUL and JS strings
 * can hold lone surrogates, which no encoding can: both become U+FFFD.
 * @example rString('a "b"\n') // → '"a \\"b\\"\\n"'
 */
export function rString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0xfffd;
    if (ch === '\\' || ch === '"') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else {
      const safe = code === 0 || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code;
      out += safe > 0xffff ? `\\U{${safe.toString(16)}}` : `\\u{${safe.toString(16)}}`;
    }
  }
  return out + '"';
}

/**
 * A number as R reads it back bit for bit: JavaScript's shortest round-trip form (never a display
 * format), `NA` for null or NaN, `Inf`/`-Inf` for infinities.
 * @example rNumber(0.1) // → '0.1'
 */
export function rNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return 'NA';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  return String(x);
}

/** `c(…)` of numbers. @example rNumbers([1, 0.5]) // → 'c(1, 0.5)' */
export function rNumbers(xs: readonly (number | null)[]): string {
  return `c(${xs.map(rNumber).join(', ')})`;
}

/** `c(…)` of strings. @example rStrings(['a']) // → 'c("a")' */
export function rStrings(xs: readonly string[]): string {
  return `c(${xs.map(rString).join(', ')})`;
}

/** A named R call, e.g. rCall('f', { a: '1' }) → 'f(a = 1)'; values are R code already. */
export function rCall(name: string, args: Readonly<Record<string, string>>): string {
  return `${name}(${Object.entries(args).map(([k, v]) => `${k} = ${v}`).join(', ')})`;
}

/**
 * JSON indented two spaces, with arrays of numbers, strings and booleans on one line (a grid of 40
 * sample sizes stays one line). Raw line breaks only ever separate JSON tokens (strings escape
 * theirs), so joining an array's lines never changes a value.
 * @example scenarioJson({ n: [10, 20] }) // → '{\n  "n": [10, 20]\n}'
 */
export function scenarioJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\n\s+([^[\]{}]*?)\n\s*\]/g, (_, inner: string) => `[${inner.split(/,\n\s*/).join(', ')}]`);
}

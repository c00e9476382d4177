/**
 * Reads the JSDoc `@example` blocks of a source file (the format is described in docExamples.test.ts).
 * Pure text in, plain data out, so the checker itself is tested (parseExamples.test.ts).
 */

/** One exported function or class and the examples in the JSDoc block just above it. */
export interface DocEntry {
  name: string;
  examples: Example[];
}

/** Statements run first, then each check: an expression and the value it must give. */
export interface Example {
  setup: string[];
  checks: { expr: string; expected: string; line: string }[];
}

const EXPORT = /^export\s+(?:async\s+)?(?:function\*?|class)\s+([A-Za-z_$][\w$]*)/;

/** Every exported function or class of the file, with the examples of its JSDoc (empty when it has none). */
export function parseExamples(source: string): DocEntry[] {
  const lines = source.split('\n');
  const out: DocEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = EXPORT.exec(lines[i]);
    if (!m) continue;
    out.push({ name: m[1], examples: examplesOf(docAbove(lines, i)) });
  }
  return out;
}

/** The lines of the /** … *\/ block that ends on the line above `at` (none if there is none). */
function docAbove(lines: string[], at: number): string[] {
  let end = at - 1;
  if (end < 0 || !lines[end].trim().endsWith('*/')) return [];
  let start = end;
  while (start >= 0 && !lines[start].trim().startsWith('/**')) start--;
  if (start < 0) return [];
  return lines
    .slice(start, end + 1)
    .map((l) => l.trim().replace(/^\/\*\*\s?/, '').replace(/\s*\*\/$/, '').replace(/^\*\s?/, ''));
}

function examplesOf(doc: string[]): Example[] {
  const out: Example[] = [];
  let current: Example | null = null;
  for (const raw of doc) {
    const tag = /^@(\w+)\s*(.*)$/.exec(raw);
    let text = raw;
    if (tag) {
      current = tag[1] === 'example' ? { setup: [], checks: [] } : null;
      if (current) out.push(current);
      text = tag[2];
    }
    if (!current || text.trim() === '') continue;
    const check = /^(.*?)\s*\/\/\s*→\s*(.+)$/.exec(text);
    if (check) current.checks.push({ expr: check[1].trim(), expected: check[2].trim(), line: text.trim() });
    else current.setup.push(text);
  }
  return out;
}

/** One expected number and how far the actual value may be from it. */
export interface Expected {
  value: number | boolean;
  tolerance: number;
}

/**
 * The expected value text: a number, true/false, or [a, b, …]; anything after it in parentheses is a
 * note (the source of the value). A number with a decimal point or an exponent is checked to half a unit
 * in its last written digit (0.8015 → ±0.00005, 2.80e-29 → ±0.005e-29); an integer is exact.
 */
export function parseExpected(text: string): Expected[] | Expected {
  const body = text.replace(/\s*\(.*\)\s*$/, '').trim();
  if (body.startsWith('[')) {
    if (!body.endsWith(']')) throw new Error(`unclosed array in "${text}"`);
    return body.slice(1, -1).split(',').map((s) => parseOne(s.trim(), text));
  }
  return parseOne(body, text);
}

function parseOne(s: string, whole: string): Expected {
  if (s === 'true' || s === 'false') return { value: s === 'true', tolerance: 0 };
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(s);
  if (!m) throw new Error(`"${s}" is not a number, true/false or [list] (in "${whole}")`);
  const decimals = m[3]?.length ?? 0;
  const exponent = m[4] === undefined ? 0 : Number(m[4]);
  const exact = m[3] === undefined && m[4] === undefined;
  return { value: Number(s), tolerance: exact ? 0 : 0.5 * 10 ** (exponent - decimals) };
}

/** Whether `actual` (a number, boolean, or array / typed array of numbers) matches the expected value(s). */
export function matches(actual: unknown, expected: Expected[] | Expected): boolean {
  if (Array.isArray(expected)) {
    if (!(Array.isArray(actual) || ArrayBuffer.isView(actual))) return false;
    const a = Array.from(actual as ArrayLike<unknown>);
    return a.length === expected.length && a.every((v, i) => matches(v, expected[i]));
  }
  if (typeof expected.value === 'boolean') return actual === expected.value;
  if (typeof actual !== 'number') return false;
  // A hair of slack for the decimal-to-binary rounding of the bound itself.
  return Math.abs(actual - expected.value) <= expected.tolerance * (1 + 1e-9) + Number.EPSILON * Math.abs(expected.value);
}

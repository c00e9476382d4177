/**
 * Checked examples, as simple-statistics does: every exported function and class in src/core/distributions,
 * src/core/power and src/core/hypothesis carries a JSDoc `@example`, and this test runs it.
 *
 * The format (one or more per JSDoc block):
 *
 *     @example
 *     const x = Float64Array.of(3, 1, 2);   ← optional set-up statements (plain JavaScript)
 *     normalCdf(1.96) // → 0.97500210485178 (scipy)
 *
 * A line with `// →` is a check: the expression before it is evaluated and compared with the value after it,
 * a number, true/false or a [list] of numbers; a note in parentheses after the value is ignored. A number is
 * checked to half a unit in its last written digit (write the digits you vouch for: 0.8015 means ±0.00005);
 * an integer is exact. Typed arrays compare as lists. The values are independent references (scipy, mpmath,
 * R), never the code's own output: tests/fixtures/docExamples/reference.py and reference.R compute them.
 *
 * In scope: every export of the three folders by name, and for the per-trial tests the helpers `arms`,
 * `binaryArms` and `decide` (trialHelpers.ts), which build a one-trial Workspace from plain numbers.
 * An exported function or class without an example fails, as does an example that does not call it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matches, parseExamples, parseExpected } from './parseExamples.ts';
import { arms, binaryArms, decide } from './trialHelpers.ts';

const CORE = fileURLToPath(new URL('../../../src/core/', import.meta.url));
const FOLDERS = ['distributions', 'power', 'hypothesis'];

const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(CORE, folder))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => `${folder}/${f}`),
);
const modules = await Promise.all(files.map(async (f) => [f, (await import(/* @vite-ignore */ join(CORE, f))) as Record<string, unknown>] as const));

/** Every export by name (a name exported twice would be ambiguous in an example: refused). */
const scope: Record<string, unknown> = { arms, binaryArms, decide };
for (const [file, mod] of modules) {
  for (const [name, value] of Object.entries(mod)) {
    if (name in scope && scope[name] !== value) throw new Error(`${name} is exported by two modules (${file})`);
    scope[name] = value;
  }
}
const names = Object.keys(scope);
const values = Object.values(scope);

function evaluate(setup: string[], expr: string): unknown {
  return new Function(...names, `${setup.join('\n')}\nreturn (${expr});`)(...values);
}

describe('JSDoc examples', () => {
  for (const [file, mod] of modules) {
    const entries = parseExamples(readFileSync(join(CORE, file), 'utf8'));
    const runtime = Object.keys(mod).filter((k) => typeof mod[k] === 'function');
    describe(file, () => {
      it('every exported function and class has an example that calls it', () => {
        for (const name of runtime) {
          const entry = entries.find((e) => e.name === name);
          const calls = entry?.examples.some((ex) => ex.checks.some((c) => c.expr.includes(name)) || ex.setup.some((s) => s.includes(name)));
          expect(calls, `${file}: ${name} has no @example that uses it`).toBe(true);
        }
      });
      for (const { name, examples } of entries) {
        examples.forEach((ex, k) => {
          it(`${name} example ${k + 1}`, () => {
            expect(ex.checks.length, `${name}: an @example needs a line ending in "// → value"`).toBeGreaterThan(0);
            for (const c of ex.checks) {
              const actual = evaluate(ex.setup, c.expr);
              const shown = ArrayBuffer.isView(actual) ? Array.from(actual as unknown as ArrayLike<number>) : actual;
              expect(matches(actual, parseExpected(c.expected)), `${c.line}\n  gave ${JSON.stringify(shown)}`).toBe(true);
            }
          });
        });
      }
    });
  }
});

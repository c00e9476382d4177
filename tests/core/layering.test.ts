import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's layers point down: core ← (state, share, form, pool, cli) ← lib. Checked on the import
 * graph read from the source text (plain fs + regex, no bundler), so it stays a few milliseconds.
 */
const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(ts|svelte)$/.test(e.name) ? [p] : [];
  });
}

// static `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')`
const IMPORT = /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\s*from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

/** Relative imports of a file, resolved to repository paths. */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec.startsWith('.')) out.push(normalize(join(dirname(file), spec)).replaceAll('\\', '/'));
  }
  return out;
}

const layerOf = (path: string): string => /^src\/([^/]+)\//.exec(path)?.[1] ?? path.split('/')[0];

/** layer → layers it must not import. */
const FORBIDDEN: Record<string, RegExp> = {
  core: /^(state|lib|form|share|pool|cli)$/,
  state: /^lib$/,
  share: /^(state|lib)$/,
  lib: /^cli$/,
  // The HTML report: core and the pure chart layouts (src/lib/charts/*.ts), for the CLI and the app alike.
  report: /^(state|form|share|pool|cli)$/,
};

const graph = new Map<string, string[]>(
  [...files('src'), ...files('workers')].map((f) => [f.replaceAll('\\', '/'), importsOf(f, readFileSync(join(ROOT, f), 'utf8'))]),
);

/** Strongly connected components with more than one file (or a file importing itself), Tarjan 1972. */
export function cycles(g: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const c: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      on.delete(w);
      c.push(w);
    } while (w !== v);
    if (c.length > 1 || (g.get(v) ?? []).includes(v)) out.push(c.sort());
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('layers point down', () => {
  it('reads the import graph', () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(graph.get('src/core/engine.ts')?.length).toBeGreaterThan(0);
  });

  it('no file imports a layer above its own', () => {
    const bad = [...graph].flatMap(([from, to]) => {
      const rule = FORBIDDEN[layerOf(from)];
      return rule ? to.filter((t) => rule.test(layerOf(t))).map((t) => `${from} → ${t}`) : [];
    });
    expect(bad).toEqual([]);
  });

  it('the report reaches no Svelte file (the command line serialises the figure without one)', () => {
    const seen = new Set<string>();
    const todo = [...graph.keys()].filter((f) => f.startsWith('src/report/'));
    while (todo.length > 0) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      todo.push(...(graph.get(f) ?? []).filter((t) => graph.has(t)));
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].filter((f) => /\.svelte(\.ts)?$/.test(f))).toEqual([]);
  });

  it('src/core has no import cycles', () => {
    const core = new Map([...graph].filter(([f]) => f.startsWith('src/core/')));
    expect(cycles(core).map((c) => c.join(', '))).toEqual([]);
  });

  it('the checks can fail', () => {
    expect(importsOf('src/core/a.ts', "import { x } from '../lib/y.ts';\nconst z = await import('./w.ts');")).toEqual(['src/lib/y.ts', 'src/core/w.ts']);
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });
});

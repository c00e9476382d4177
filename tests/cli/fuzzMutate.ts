import { readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';

/** Seeded random mutations of a scenario's JSON for the validation fuzz test (issue 9 item 8). */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Rng = () => number;

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

/** Every place in the tree: the container and the key (or index) of a value. */
function places(root: Json): { parent: Json[] | Record<string, Json>; key: string | number }[] {
  const out: { parent: Json[] | Record<string, Json>; key: string | number }[] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push({ parent: v, key: i }), walk(x)));
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) out.push({ parent: v, key: k }), walk(v[k]);
  };
  walk(root);
  return out;
}

function deep(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Values of the wrong type, out of range, or absurd in size. */
function junk(rng: Rng, old: Json): Json {
  const n = typeof old === 'number' ? old : 1;
  const choices: (() => Json)[] = [
    () => null, () => true, () => false, () => 0, () => -1, () => -n, () => n * 1e6, () => n / 1e6, () => n + 0.5,
    () => 1e308, () => -1e308, () => 5e-324, () => 2 ** 53 + 2, () => 'NaN', () => 'Infinity', () => '-Infinity', () => '',
    () => ' ', () => String(n), () => 'x'.repeat(100_000), () => '\u0000\n\u2028=cmd', () => [], () => ({}), () => [n, n, n],
    () => Array.from({ length: 20_000 }, (_, i) => i), () => Array.from({ length: 500 }, () => ({ label: 'a', mean: 0, sd: 1 })),
    () => Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])), () => deep(200), () => ({ __proto__: 1 } as Json),
    () => structuredClone(old), () => [old], () => ({ value: old }),
  ];
  return pick(rng, choices)();
}

function typo(rng: Rng, key: string): string {
  const i = Math.floor(rng() * Math.max(1, key.length));
  const ops = [
    () => key.slice(0, i) + key.slice(i + 1),
    () => key.slice(0, i) + 'x' + key.slice(i),
    () => key.slice(0, i) + key.charAt(i + 1) + key.charAt(i) + key.slice(i + 2),
    () => key.toUpperCase(),
    () => key + ' ',
  ];
  return pick(rng, ops)() || 'x';
}

/** Applies 1 to 3 random mutations in place (type swaps, ranges, deletions, unknown and misspelt keys). */
export function mutate(rng: Rng, root: Record<string, Json>): void {
  const times = 1 + Math.floor(rng() * 3);
  for (let t = 0; t < times; t++) {
    const all = places(root);
    const { parent, key } = pick(rng, all);
    const kind = rng();
    if (kind < 0.55) (parent as Record<string, Json>)[key] = junk(rng, (parent as Record<string, Json>)[key]);
    else if (kind < 0.7) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (kind < 0.8 && !Array.isArray(parent)) {
      const k = key as string;
      parent[typo(rng, k)] = parent[k];
      if (rng() < 0.7) delete parent[k];
    } else if (kind < 0.9 && !Array.isArray(parent)) parent[pick(rng, ['extra', 'dropuot', 'Mean', 'sdd', '__proto__', 'constructor', ''])] = junk(rng, 1);
    else if (Array.isArray(parent)) parent.push(structuredClone(parent[0] ?? null));
    else parent[key as string] = junk(rng, parent[key as string]);
  }
}

/** Text-level damage JSON.stringify cannot produce: bare NaN, a cut-off file, a trailing comma. */
export function damageText(rng: Rng, text: string): string {
  const ops = [
    () => text.replace(/-?\d+(\.\d+)?/, 'NaN'),
    () => text.replace(/-?\d+(\.\d+)?/, 'Infinity'),
    () => text.slice(0, Math.floor(rng() * text.length)),
    () => text.replace('}', ',}'),
    () => '\ufeff' + text,
    () => text.replace('"', "'"),
  ];
  return pick(rng, ops)();
}

export const SCENARIOS = ['t25fw-edss6', 'sixmwt-edss6', 'edss-plus-responders', 'dose-finding-t25fw'];

export interface Case {
  text: string;
  sims?: number;
}

/** The seeded cases: 1 to 3 mutations each, sometimes text damage, sometimes a --sims override. */
export function fuzzCases(name: string, count: number): Case[] {
  const base = readFileSync(`static/scenarios/${name}.json`, 'utf8');
  const rng = seedrandom(`fuzz-${name}`);
  return Array.from({ length: count }, () => {
    const s = JSON.parse(base);
    mutate(rng, s);
    let text = rng() < 0.3 ? JSON.stringify(s, null, 2) : JSON.stringify(s);
    if (rng() < 0.05) text = damageText(rng, text);
    return { text, sims: rng() < 0.1 ? Math.floor(rng() * 2e6) : undefined };
  });
}


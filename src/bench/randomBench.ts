// Micro-benchmark of the random layer on one core: `npx tsx src/bench/randomBench.ts`.
//
// Every variate type gets its own loop function so each call site inside a
// loop stays monomorphic (a shared `for (...) acc += f()` would become
// megamorphic after the second variate and measure the dispatch instead).
// Results are accumulated and returned so V8 cannot drop the work.

import { RandomStream } from '../core/random/index.ts';

type Loop = (s: RandomStream, n: number) => number;

function loopUniform(s: RandomStream, n: number): number {
  let acc = 0;
  for (let k = 0; k < n; k++) acc += s.uniform();
  return acc;
}

function loopNormal(s: RandomStream, n: number): number {
  let acc = 0;
  for (let k = 0; k < n; k++) acc += s.normal();
  return acc;
}

function loopChiSquare49(s: RandomStream, n: number): number {
  let acc = 0;
  for (let k = 0; k < n; k++) acc += s.chiSquare(49);
  return acc;
}

function loopBinomial50(s: RandomStream, n: number): number {
  let acc = 0;
  for (let k = 0; k < n; k++) acc += s.binomial(50, 0.9);
  return acc;
}

const BATCH = 1 << 16;
const WINDOWS = 10;

/**
 * Draws per second of `loop` after a 100 ms warm-up: the run (~`seconds`) is
 * split into windows and the fastest window is reported, so that other
 * processes competing for the core (shared CI or dev machines) bias it less.
 */
function measure(loop: Loop, seconds: number): number {
  const s = new RandomStream('bench');
  let sink = 0;
  const warmEnd = performance.now() + 100;
  while (performance.now() < warmEnd) sink += loop(s, BATCH);
  let best = 0;
  for (let w = 0; w < WINDOWS; w++) {
    let draws = 0;
    const t0 = performance.now();
    const stop = t0 + (seconds * 1000) / WINDOWS;
    let t = t0;
    while (t < stop) {
      sink += loop(s, BATCH);
      draws += BATCH;
      t = performance.now();
    }
    best = Math.max(best, (draws * 1000) / (t - t0));
  }
  if (Number.isNaN(sink)) throw new Error('benchmark produced NaN');
  return best;
}

/** Measures uniforms/s, normals/s, chi-square(49)/s and binomial(50, 0.9)/s on one core. */
export function benchRandom(seconds = 0.3): { name: string; perSecond: number }[] {
  const cases: [string, Loop][] = [
    ['uniform', loopUniform],
    ['normal (ziggurat)', loopNormal],
    ['chiSquare(49)', loopChiSquare49],
    ['binomial(50, 0.9)', loopBinomial50],
  ];
  return cases.map(([name, loop]) => ({ name, perSecond: measure(loop, seconds) }));
}

const isMain = typeof process !== 'undefined' && process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const rows = benchRandom();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${(r.perSecond / 1e6).toFixed(1).padStart(7)} M/s`);
}

// Single-thread time of the bench grid (3 treatment arms × n 10…200 × sims) per multiplicity set-up:
// `npx tsx src/bench/gridTime.ts [sims]` — first run and best of 3, for before/after comparisons on a loaded machine.
import { simulate } from '../core/engine.ts';
import { validateScenario } from '../core/scenario/validate.ts';

const sims = Number(process.argv[2] ?? 2000);
const arms = [
  { label: 'Control', mean: 0, sd: 1 },
  { label: 'Low', mean: 0.2, sd: 1 },
  { label: 'Mid', mean: 0.35, sd: 1 },
  { label: 'High', mean: 0.5, sd: 1 },
];
const cases: [string, string, string][] = [
  ['Welch + Bonferroni', 'welch', 'bonferroni'],
  ['Welch + Holm', 'welch', 'holm'],
  ['Welch + Hochberg', 'welch', 'hochberg'],
  ['Student + Dunnett', 'student', 'dunnett'],
  ['Welch + Dunnett (Hasler–Hothorn)', 'welch', 'dunnett'],
  ['Mann–Whitney + Holm', 'mann-whitney', 'holm'],
];
for (const [name, test, multiplicity] of cases) {
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    arms,
    analysis: { test, alpha: 0.05, sides: 2, multiplicity },
    design: { nPerArm: { from: 10, to: 200, step: 10 }, dropout: 0.1 },
    simulation: { sims, seed: 'grid' },
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    simulate(v.scenario);
    times.push(performance.now() - t0);
  }
  // The first run pays for the caches (critical values, Dunnett bounds); later ones reuse them.
  console.log(`${name.padEnd(34)} first ${(times[0] / 1000).toFixed(3)} s, best ${(Math.min(...times) / 1000).toFixed(3)} s`);
}

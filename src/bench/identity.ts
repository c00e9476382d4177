// Bit-identity check: `npx tsx src/bench/identity.ts out.json` writes the full simulate() output of every
// shipped scenario plus multi-arm Holm/Hochberg/Mann–Whitney/Dunnett variants; compare two runs
// (before/after an engine change) with `cmp`. Sims are capped to keep it quick.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { simulate } from '../core/engine.ts';
import { validateScenario } from '../core/scenario/validate.ts';

const dir = new URL('../../static/scenarios/', import.meta.url);
const cases: [string, unknown][] = [];
for (const f of readdirSync(dir).sort()) {
  if (f === 'index.json') continue;
  cases.push([f, JSON.parse(readFileSync(new URL(f, dir), 'utf8'))]);
}
const arms = [
  { label: 'C', mean: 0, sd: 1 },
  { label: 'L', mean: 0.2, sd: 1.3 },
  { label: 'M', mean: 0.35, sd: 1 },
  { label: 'H', mean: 0.5, sd: 0.8 },
];
const walkArms = [
  { label: 'Saline', mean: -54.4, sd: 70.5 },
  { label: 'Low', mean: -30, sd: 40 },
  { label: 'Mid', mean: -10, sd: 30 },
  { label: 'High', mean: 3.7, sd: 23.1 },
];
const base = (over: Record<string, unknown>) => ({
  endpoint: { type: 'continuous' },
  arms,
  design: { nPerArm: [3, 5, 10, 30, 80], dropout: 0.1 },
  simulation: { sims: 3000, seed: 'identity' },
  ...over,
});
for (const m of ['holm', 'hochberg', 'bonferroni', 'none', 'dunnett', 'dunnett-stepdown']) {
  for (const test of ['student', 'welch', 'mann-whitney', 'ancova']) {
    for (const sides of [1, 2]) {
      if (m.startsWith('dunnett') && (test === 'mann-whitney' || test === 'ancova')) continue;
      const endpoint = test === 'ancova' ? { type: 'continuous', baselineCorrelation: 0.5 } : { type: 'continuous' };
      cases.push([`${test}-${m}-${sides}`, base({ endpoint, analysis: { test, alpha: 0.05, sides, multiplicity: m } })]);
    }
  }
  if (!m.startsWith('dunnett')) {
    for (const test of ['chi-square', 'fisher'])
      cases.push([`${test}-${m}`, base({ endpoint: { type: 'binary' }, arms: [{ label: 'C', rate: 0.3 }, { label: 'A', rate: 0.4 }, { label: 'B', rate: 0.55 }], analysis: { test, alpha: 0.05, sides: 2, multiplicity: m } })]);
    for (const measure of ['time', 'distance'])
      for (const rho of [0, 0.4])
        cases.push([`walk-mw-${measure}-${rho}-${m}`, base({ endpoint: { type: 'timed-walk', measure, changeBaselineCorrelation: rho }, arms: walkArms, analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2, multiplicity: m } })]);
  }
}
cases.push(['dunnett-nodropout', base({ design: { nPerArm: [5, 20, 60] }, analysis: { test: 'student', alpha: 0.05, sides: 2, multiplicity: 'dunnett' } })]);
cases.push(['welch-summary-big', base({ arms: arms.slice(0, 2), design: { nPerArm: [2, 4, 50, 400] }, simulation: { sims: 20000, seed: 'w' }, analysis: { test: 'welch', alpha: 0.05, sides: 2 } })]);
cases.push(['mw-big', base({ arms: arms.slice(0, 2), design: { nPerArm: [60, 70, 300, 1000] }, simulation: { sims: 2000, seed: 'w' }, analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 } })]);
cases.push(['walk-mw-big', base({ endpoint: { type: 'timed-walk' }, arms: walkArms.slice(0, 2), design: { nPerArm: [60, 300, 1000] }, simulation: { sims: 2000, seed: 'w' }, analysis: { test: 'mann-whitney', alpha: 0.05, sides: 1 } })]);

const out: Record<string, unknown> = {};
for (const [name, json] of cases) {
  const v = validateScenario(json);
  if (!v.ok) { out[name] = { invalid: v.errors }; console.error(name, JSON.stringify(v.errors)); continue; }
  const r = simulate(v.scenario) as unknown as Record<string, unknown>;
  out[name] = { ...r, engineVersion: undefined, elapsedMs: undefined };
}
writeFileSync(process.argv[2] ?? 'identity.json', JSON.stringify(out, null, 1));
console.log(`${cases.length} cases written`);

// One-core trial rates at n = 50 for the cases this branch changes: `npx tsx src/bench/rates.ts` (best of 3 × 0.5 s).
import { validateScenario } from '../core/scenario/validate.ts';
import { trialRate } from './trialRate.ts';

const walk = { endpoint: { type: 'timed-walk' }, arms: [{ label: 'S', mean: -54.4, sd: 70.5 }, { label: 'M', mean: 3.7, sd: 23.1 }] };
const sc = (over: Record<string, unknown>) => {
  const v = validateScenario({ endpoint: { type: 'continuous' }, arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 0.5, sd: 1 }], analysis: { test: 'welch', alpha: 0.05, sides: 2 }, design: { nPerArm: [50] }, simulation: { sims: 1_000_000, seed: 'bench' }, ...over });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.scenario;
};
const cases: [string, ReturnType<typeof sc>, boolean][] = [
  ['Welch shortcut', sc({}), false],
  ['Welch full data', sc({}), true],
  ['Welch timed walk', sc(walk), false],
  ['Mann–Whitney normal', sc({ analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 } }), false],
  ['Mann–Whitney timed walk', sc({ ...walk, analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2 } }), false],
];
for (const [name, s, full] of cases) {
  let best = 0;
  for (let r = 0; r < 3; r++) best = Math.max(best, trialRate(s, 0.5, full));
  console.log(`${name.padEnd(26)} ${(best / 1e3).toFixed(0)} k/s`);
}

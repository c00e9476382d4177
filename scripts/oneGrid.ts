import { simulate } from '../src/core/engine.ts';
import { validateScenario } from '../src/core/scenario/validate.ts';
const [test, m] = process.argv.slice(2);
const v = validateScenario({ endpoint: { type: 'continuous' }, arms: [{ label: 'C', mean: 0, sd: 1 },{ label: 'L', mean: 0.2, sd: 1 },{ label: 'M', mean: 0.35, sd: 1 },{ label: 'H', mean: 0.5, sd: 1 }],
 analysis: { test, alpha: 0.05, sides: 2, multiplicity: m }, design: { nPerArm: { from: 10, to: 200, step: 10 }, dropout: 0.1 }, simulation: { sims: 10000, seed: 'grid' } });
if (!v.ok) throw 1;
const t0 = performance.now(); simulate(v.scenario); console.log(test, m, (performance.now() - t0).toFixed(0), 'ms');

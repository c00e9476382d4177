// One-core trial rates at n = 50 in this process, best of 3 × 0.5 s: `npx tsx src/bench/rates.ts [TEXT]`
// runs the bench's cases whose name contains TEXT (all without it). Quicker than `npm run bench -- --only`
// (no worker start-up) for iterating on one engine path; the bench's figures are the ones to quote.
import { rateCases } from './rateCases.ts';
import { trialRate } from './trialRate.ts';

for (const { name, scenario, fullData } of rateCases(process.argv[2])) {
  let best = 0;
  for (let r = 0; r < 3; r++) best = Math.max(best, trialRate(scenario, 0.5, fullData));
  console.log(`${name.padEnd(46)} ${(best / 1e6).toFixed(2)} M/s`);
}

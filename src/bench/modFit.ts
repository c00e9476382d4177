// Per-trial cost of the Mod step's least-squares fits: `npx tsx src/bench/modFit.ts` (5 arms, one core, best of 7 in
// CPU time).
// Each trial draws fresh arm means around an Emax curve (arm means and SS as the simulator's summaries give them), so
// the searches do their real work; µs per fit for each model, and for the ModStep choices over the 4 default candidates.
import { DoseResponseFit } from '../core/mcpmod/fit/doseResponseFit.ts';
import { ModStep } from '../core/mcpmod/fit/modStep.ts';
import type { FitModel } from '../core/mcpmod/fit/types.ts';
import { defaultCandidates } from '../core/mcpmod/defaultCandidates.ts';

const doses = [0, 1, 2, 4, 8];
const n = 30;
const TRIALS = 4096;
// Pre-drawn trials (normal means with SD 1/√n; within-arm SS ≈ (n − 1)): drawing costs nothing inside the timing.
let seed = 12345;
const uniform = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31;
const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
const trials = Array.from({ length: TRIALS }, () => ({
  m: doses.map(() => n),
  mean: doses.map((d) => (0.6 * d) / (1.5 + d) + normal() / Math.sqrt(n)),
  ss: doses.map(() => n - 1 + Math.sqrt(2 * (n - 1)) * normal()),
}));

const time = (run: (t: (typeof trials)[number]) => void): number => {
  // CPU time of this process, not wall time: the machine is shared, and a preempted run would count others' work.
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const t0 = process.cpuUsage();
    for (const t of trials) run(t);
    const dt = process.cpuUsage(t0);
    best = Math.min(best, (dt.user + dt.system) / TRIALS);
  }
  return best;
};

for (const model of ['quadratic', 'linear', 'linlog', 'emax', 'exponential', 'sigEmax'] as FitModel[]) {
  const f = new DoseResponseFit(model, doses);
  console.log(`${model.padEnd(12)} ${time((t) => f.fit(t)).toFixed(2)} µs per fit`);
}
const candidates = defaultCandidates(doses);
const all = candidates.map(() => 1);
for (const choice of ['emax', 'aic', 'average'] as const) {
  const step = new ModStep({ doses, candidates, choice, relevantEffect: 0.3, sign: 1 });
  console.log(`ModStep ${choice.padEnd(8)} ${time((t) => step.run(t, all)).toFixed(2)} µs per trial (4 candidates significant)`);
}

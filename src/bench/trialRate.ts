import type { ResolvedScenario } from '../core/scenario/types.ts';
import { planPoints } from '../core/sim/plan.ts';
import { PointSimulator } from '../core/sim/pointSimulator.ts';

/**
 * Trials per second on this thread for the scenario's first grid point, run chunk by chunk for about
 * `seconds` (after a warm-up), cycling over the scenario's chunks so every chunk has a fresh stream.
 */
export function trialRate(s: ResolvedScenario, seconds = 1, fullData = false): number {
  const sim = new PointSimulator(s, planPoints(s)[0], 0, fullData);
  for (let c = 0; c < 3; c++) sim.runChunk(c);
  let trials = 0;
  let i = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) trials += sim.runChunk(3 + (i++ % 990)).trials;
  return trials / ((performance.now() - t0) / 1000);
}

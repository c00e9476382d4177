import { validateScenario } from '../core/scenario/validate.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { estimateWork } from '../core/scenario/workEstimate.ts';
import { PointSimulator } from '../core/sim/pointSimulator.ts';
import { planPoints } from '../core/sim/plan.ts';

function valid(v: unknown): ResolvedScenario {
  const r = validateScenario(v);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Best of three one-chunk runs, in ms: a busy shared core only ever makes a run slower. */
function chunkMs(s: ResolvedScenario): number {
  const sim = new PointSimulator(s, planPoints(s)[0], 0);
  sim.runChunk(0);
  let best = Infinity;
  for (let c = 1; c <= 3; c++) {
    const t0 = performance.now();
    sim.runChunk(c);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Whether the work estimate's constants (src/core/scenario/workEstimate.ts) still track measured time:
 * Fisher tables and rank sorts against full timed-walk data, as a ratio (same machine, same moment), which
 * should stay within a factor of 4. A timing, so it lives here and not in the tests.
 */
export function workEstimateRatios(): { name: string; ratio: number }[] {
  const walk = valid({ endpoint: { type: 'timed-walk' }, arms: [{ mean: -10, sd: 30 }, { mean: 5, sd: 30 }], analysis: { test: 'welch', alpha: 0.05 }, design: { nPerArm: [500] }, simulation: { sims: 4000, seed: 'f' } });
  const fisher = valid({ endpoint: { type: 'binary' }, arms: [{ label: 'C', rate: 0.3 }, { label: 'T', rate: 0.5 }], analysis: { test: 'fisher', alpha: 0.05, sides: 2 }, design: { nPerArm: [500], dropout: 0.2 }, simulation: { sims: 4000, seed: 'f' } });
  const mw = valid({ ...walk.written, analysis: { test: 'mann-whitney', alpha: 0.05 } });
  const tWalk = chunkMs(walk);
  return [
    ['Fisher, n = 500, 20% dropout', fisher],
    ['Mann–Whitney, timed walk, n = 500', mw],
  ].map(([name, s]) => ({ name: name as string, ratio: chunkMs(s as ResolvedScenario) / tWalk / (estimateWork(s as ResolvedScenario) / estimateWork(walk)) }));
}

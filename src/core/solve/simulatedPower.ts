import { streamFor } from '../random/index.ts';
import { headlineIsBenefit } from '../results/headlineRows.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { chunkCount, chunkTrials, type PlanPoint } from '../sim/plan.ts';
import { PointSimulator } from '../sim/pointSimulator.ts';

/** What the searches solve on: power at the planned effect, or assurance (the design prior's average power). */
export type SolveOn = 'power' | 'assurance';

/** Successes per treatment arm (index 0 = first treatment arm) out of `trials`. */
export interface ArmCounts {
  trials: number;
  successes: number[];
}

/** The grid's rule for the arms' sizes at a control-arm n (src/core/sim/plan.ts planPoints). */
export function pointAt(s: ResolvedScenario, nControl: number): PlanPoint {
  const nTreatment = Math.round(nControl * s.design.allocation);
  return { n: [nControl, ...Array<number>(s.arms.length - 1).fill(nTreatment)], nControl, nTreatment };
}

/**
 * Simulated power (or assurance) per treatment arm at one control-arm n, with the searches' own random
 * numbers: chunk c of every n and every effect multiple draws from streamFor(seed, 'solve', tag, c), keyed
 * neither by n nor by the effect, so neighbouring n (or multiples) replay the same stream: common random
 * numbers. They are separate from the grid's streams (seed, n, chunk), so a search never changes a grid
 * result. A two-sided test counts significant results in the treatment's favour (powerBenefit, the headline).
 */
export function simulatedPower(s: ResolvedScenario, nControl: number, on: SolveOn, tag: string): ArmCounts {
  // The MCP-Mod trend test is not what is solved for, and its critical values cost ~0.1 s per n.
  const plain: ResolvedScenario = s.doseResponse ? { ...s, trendTest: { ...s.trendTest, enabled: false } } : s;
  const sim = new PointSimulator(plain, pointAt(s, nControl), 0);
  const mode = on === 'assurance' ? 'prior' : 'power';
  const benefit = headlineIsBenefit(s);
  const successes = new Array<number>(s.arms.length - 1).fill(0);
  let trials = 0;
  const chunks = chunkCount(s.simulation.sims);
  for (let c = 0; c < chunks; c++) {
    const out = sim.runChunk(c, mode, streamFor(s.simulation.seed, 'solve', tag, on, c));
    trials += chunkTrials(s.simulation.sims, c);
    (benefit ? out.benefits : out.rejections).forEach((r, i) => (successes[i] += r));
  }
  return { trials, successes };
}

import { simulationPath } from '../sim/path.ts';
import { planPoints } from '../sim/plan.ts';
import { trendApplies } from '../sim/trendSetup.ts';
import { interimWorkPerTrial } from '../sim/sequential/interimWork.ts';
import type { ResolvedScenario } from './types.ts';

/**
 * Per-trial and per-point costs in draw-equivalents: 1 = drawing one patient's outcome on the full-data path.
 * Measured (Node 20, this 2-core machine under load; tests/core/scenario/workEstimate.test.ts checks the ratios):
 * full data ≈ 20–48 ns per patient (the unit); ANCOVA 1.1× that (1.2); Mann–Whitney about 2–3× at n = 1000 per arm
 * since the counting pass before the insertion sort (was 7.8×; 1 + 0.2·log₂n, on the safe side); Welch/Student summary ≈ 2.3 µs per 2-arm trial (~24 per arm); binary counts
 * ≈ 0.8 µs (~8 per arm); Fisher 12× full data at n = 1000 with 20% dropout, ≈ 25 per entry of a new p-value table
 * (a table has min(m₀, mᵢ, s, N−s) + 1 entries; one per margin met, so almost one per trial once dropout varies them);
 * Dunnett with dropout ≈ 10–30 µs per trial at n ≤ 500 (bound tables and CDF evaluations near the critical value).
 */
export const COST = {
  fullDataPerPatient: 1,
  ancovaPerPatient: 1.2,
  rankSortPerPatientLog2n: 0.2,
  summaryPerArm: 24,
  countsPerArm: 8,
  fisherPerTableEntry: 25,
  dunnettPerTrialPerArm: 20,
  /** Dunnett's cached bounding critical values when dropout varies the counts (~0.3 ms each, a few hundred). */
  dunnettPerPoint: 2e6,
  /** MCP-Mod critical value: spherical lattice and radial tables, once per grid point (~0.1–0.2 s). */
  trendPerPoint: 4e6,
  /**
   * Binary MCP-Mod (LogitTrendTest): its per-trial integral near the critical value makes a 5-arm trial cost ~36× the
   * counts themselves where power is near 50% (54 vs 1.5 µs measured under load), about 1,500 draw-equivalents.
   */
  logitTrendPerTrial: 1500,
} as const;

/** Work of one grid point's power pass, per trial, plus the point's one-off work (tables, critical values). */
function pointWork(s: ResolvedScenario, n: readonly number[]): { perTrial: number; fixed: number } {
  const k = n.length - 1;
  const path = simulationPath(s.endpoint, s.analysis.test);
  const total = n.reduce((a, b) => a + b, 0);
  const test = s.analysis.test;
  const dropout = s.design.dropout > 0 || s.arms.some((a) => a.dropout > 0);
  let perTrial = path === 'full-data' ? total * (test === 'ancova' ? COST.ancovaPerPatient : COST.fullDataPerPatient) : 0;
  if (path === 'normal-summary') perTrial += COST.summaryPerArm * (k + 1);
  if (path === 'binary-counts') perTrial += COST.countsPerArm * (k + 1);
  if (test === 'mann-whitney') perTrial += COST.rankSortPerPatientLog2n * total * Math.log2(Math.max(...n));
  let fixed = 0;
  if (test === 'fisher') {
    // p-value tables: one per margin (m₀, mᵢ, s) met, each count spreading over ~8 sd (1 value without dropout)
    // A responder's rate is not given: 0.5 gives the largest tables.
    const rates = s.arms.map((a) => (s.endpoint.type === 'binary' ? a.mean : 0.5));
    const spread = (j: number) => {
      const d = s.arms[j].dropout;
      return 1 + 8 * Math.sqrt(n[j] * d * (1 - d));
    };
    for (let i = 1; i <= k; i++) {
      const m = n[0] + n[i];
      const pbar = (n[0] * rates[0] + n[i] * rates[i]) / m;
      const entries = Math.min(n[0], n[i], m * Math.min(pbar, 1 - pbar)) + 1;
      const distinct = spread(0) * spread(i) * (1 + 8 * Math.sqrt(m * pbar * (1 - pbar)));
      fixed += Math.min(distinct, s.simulation.sims) * COST.fisherPerTableEntry * entries;
    }
  }
  const m = s.analysis.multiplicity;
  if (m === 'dunnett' || m === 'dunnett-stepdown') {
    // step-down tests up to k nested families; Welch's (Hasler–Hothorn) correlations change with every trial
    perTrial += COST.dunnettPerTrialPerArm * k * (m === 'dunnett-stepdown' ? 2 : 1);
    if (dropout || test === 'welch') fixed += COST.dunnettPerPoint;
  }
  if (trendApplies(s)) fixed += COST.trendPerPoint;
  if (trendApplies(s) && path === 'binary-counts') perTrial += COST.logitTrendPerTrial;
  return { perTrial, fixed };
}

/**
 * Work a run needs, in draw-equivalents (see COST), over every grid point and pass (power, assurance, enrichment's two
 * populations); used to refuse runs that cannot finish.
 * @example estimateWork(fisherAt100000With1e6Trials) // → ~1.5e15 (refused: the limit is 2e10)
 */
export function estimateWork(s: ResolvedScenario): number {
  const sims = s.simulation.sims;
  let work = 0;
  for (const p of planPoints(s)) {
    const { perTrial, fixed } = pointWork(s, p.n);
    work += fixed + sims * perTrial;
    // the assurance pass (effect or shape prior) runs the same trials again, with the trend test under a shape prior
    if (s.effectPrior || s.trendTest.shapePrior) work += sims * perTrial;
    work += sims * interimWorkPerTrial(s, p.n); // 0 without interim looks
    // enrichment: two population passes on full patient data
    if (s.enrichment) work += 2 * sims * p.n.reduce((a, b) => a + b, 0) * COST.fullDataPerPatient;
  }
  return work;
}

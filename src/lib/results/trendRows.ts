import type { SimulationResult } from '../../core/results/types.ts';
import type { TrendSummary } from '../../core/results/trendSummary.ts';

/** The result's MCP-Mod trend rows that have trials (empty when the engine ran no trend test), sorted by n. */
export function trendRows(r: SimulationResult): TrendSummary[] {
  return (r.trend ?? []).filter((t) => t.sims > 0).sort((a, b) => a.nPerArm - b.nPerArm);
}

import type { TdAccumulator } from '../mcpmod/fit/index.ts';
import type { LogitTrendTest } from '../mcpmod/logitTrendTest.ts';
import type { TrendTest } from '../mcpmod/trendTest.ts';
import type { Workspace } from '../workspace.ts';
import type { PointModStep } from './buildModStep.ts';

/** The trend fields of a chunk's result (ChunkResult's, named here so this file does not import the simulator). */
export interface TrendCounts {
  trendSignificant: number;
  bestDoseSelected: number;
  medSelected: number;
  td?: { hits: number; values: number[] };
}

/**
 * One grid point's MCP-Mod step per trial and its chunk counts: significant trials, the truly best dose and the true
 * MED picked, and (trendTest.estimate) the Mod step's hits and TD̂. Allocates nothing per trial.
 */
export class TrendTally {
  private significant = 0;
  private best = 0;
  private med = 0;
  private td: TdAccumulator | null = null;

  constructor(
    readonly test: TrendTest | LogitTrendTest,
    private readonly mod: PointModStep | null,
  ) {}

  /** Zeroes the counts for a new chunk. */
  start(): void {
    this.significant = this.best = this.med = 0;
    this.td = this.mod?.accumulator() ?? null;
  }

  /** Runs the trend test (and the Mod step) on one trial's summaries and counts the outcome. */
  add(ws: Workspace): void {
    const trend = this.test;
    trend.run(ws);
    if (trend.significant) {
      this.significant++;
      if (trend.bestArm === trend.trueBestArm) this.best++;
      if (trend.trueMedArm > 0 && trend.medArm === trend.trueMedArm) this.med++;
    }
    if (this.td !== null) this.mod!.add(this.td, trend, ws);
  }

  /** Writes the chunk's counts into its result. */
  into(out: TrendCounts): void {
    out.trendSignificant = this.significant;
    out.bestDoseSelected = this.best;
    out.medSelected = this.med;
    if (this.td !== null) out.td = { hits: this.td.hits, values: Array.from(this.td.values()) };
  }
}

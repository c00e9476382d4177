import { ShapePrior } from '../effects/shapePrior.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { ModStep, tdWithin } from '../mcpmod/fit/index.ts';
import type { LogitTrendTest } from '../mcpmod/logitTrendTest.ts';
import { TrendTest } from '../mcpmod/trendTest.ts';
import type { RandomStream } from '../random/index.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { Workspace } from '../workspace.ts';
import type { TrialGenerator } from './generators/types.ts';

/** One chunk's counts per candidate shape of a shape prior (index m = trendTest.candidates[m]); integers, so chunks add exactly. */
export interface ShapeCounts {
  /** Trials whose true shape was m. */
  trials: number[];
  /** Of those, trials whose MCP step was significant. */
  significant: number[];
  /** trendTest.estimate only (else null): significant, and TD̂ within tolerance of that trial's own true TD. */
  tdHits: number[] | null;
}

/**
 * The assurance trials of a grid point under trendTest.shapePrior: each trial draws its true shape from its own
 * stream (so the data streams are those of a run without the shape prior), sets the arms along that shape at the
 * trial's top-dose effect, and after the trial the trend test (and the Mod step, judged against the trial's own
 * true TD) runs: TrendTest on means, LogitTrendTest (generalised MCP-Mod) on a binary or responder endpoint's counts.
 * Allocates nothing per trial.
 */
export class ShapePriorTally {
  readonly prior: ShapePrior;
  private readonly mod: ModStep | null;
  private readonly tolerance: number;
  private shape = 0;
  private anchor = 0;
  private counts: ShapeCounts;

  constructor(
    s: ResolvedScenario,
    private readonly trend: TrendTest | LogitTrendTest,
  ) {
    this.prior = new ShapePrior(s, s.trendTest.shapePrior!);
    const e = s.trendTest.estimate;
    this.tolerance = e?.tolerance ?? NaN;
    this.mod = e
      ? new ModStep({
          doses: s.doseResponse!.doses,
          candidates: s.trendTest.candidates,
          choice: e.model === 'log-linear' ? 'linlog' : e.model,
          relevantEffect: s.doseResponse!.relevantEffect!,
          sign: directionSign(s.endpoint),
        })
      : null;
    this.counts = this.fresh();
  }

  private fresh(): ShapeCounts {
    const k = this.prior.weights.length;
    return { trials: new Array<number>(k).fill(0), significant: new Array<number>(k).fill(0), tdHits: this.mod ? new Array<number>(k).fill(0) : null };
  }

  /** Zeroes the counts for a new chunk. */
  start(): void {
    this.counts = this.fresh();
  }

  /** Draws the trial's shape from `shapes` and sets its arms at deviation ε of the effect prior (0 without one). */
  draw(shapes: RandomStream, gen: TrialGenerator, eps: number): void {
    this.shape = this.prior.pick(shapes.uniform());
    this.anchor = this.prior.anchor(eps);
    this.prior.setArms(gen, this.shape, this.anchor);
  }

  /** Runs the trend test (and the Mod step) on the trial just generated and counts it under its shape. */
  add(ws: Workspace): void {
    const m = this.shape;
    const c = this.counts;
    c.trials[m]++;
    this.trend.run(ws);
    if (!this.trend.significant) return;
    c.significant[m]++;
    // The Mod step fits means (validation refuses trendTest.estimate with a shape prior on binary endpoints)
    if (this.mod && c.tdHits && this.trend instanceof TrendTest) {
      const td = this.mod.run(ws, this.trend.significantCandidates());
      if (tdWithin(td, this.prior.trueTd(m, this.anchor), this.tolerance)) c.tdHits[m]++;
    }
  }

  /** The chunk's counts (a copy). */
  result(): ShapeCounts {
    const c = this.counts;
    return { trials: [...c.trials], significant: [...c.significant], tdHits: c.tdHits && [...c.tdHits] };
  }
}

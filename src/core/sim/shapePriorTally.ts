import { ShapePrior } from '../effects/shapePrior.ts';
import { tdWithin, type ArmSummary, type ModStep } from '../mcpmod/fit/index.ts';
import { LogitTrendTest } from '../mcpmod/logitTrendTest.ts';
import type { TrendTest } from '../mcpmod/trendTest.ts';
import type { RandomStream } from '../random/index.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { Workspace } from '../workspace.ts';
import { LogitFitArms, scenarioModStep } from './buildModStep.ts';
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
 * true TD) runs: TrendTest on means, LogitTrendTest (generalised MCP-Mod) on a binary or responder endpoint's counts,
 * whose Mod step fits the log-odds and reads TD̂ on the rate scale, judged against the drawn shape's TD on the rates
 * (a binary endpoint's shapes hold on the probability scale). Allocates nothing per trial.
 */
export class ShapePriorTally {
  readonly prior: ShapePrior;
  private readonly mod: ModStep | null;
  private readonly logitArms: LogitFitArms | null;
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
    const logit = trend instanceof LogitTrendTest ? trend : null;
    this.mod = e ? scenarioModStep(s, logit !== null) : null;
    this.logitArms = e && logit ? new LogitFitArms(logit) : null;
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
    if (this.mod && c.tdHits) {
      const t = this.trend;
      const data: ArmSummary = this.logitArms !== null && t instanceof LogitTrendTest ? this.logitArms.load(t) : ws;
      const td = this.mod.run(data, t.significantCandidates());
      if (tdWithin(td, this.prior.trueTd(m, this.anchor), this.tolerance)) c.tdHits[m]++;
    }
  }

  /** The chunk's counts (a copy). */
  result(): ShapeCounts {
    const c = this.counts;
    return { trials: [...c.trials], significant: [...c.significant], tdHits: c.tdHits && [...c.tdHits] };
  }
}

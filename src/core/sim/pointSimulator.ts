import { streamFor, type RandomStream } from '../random/index.ts';
import { clampValue, effectPlan } from '../effects/effectPlan.ts';
import { priorWeights } from '../effects/priorWeights.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { ComparisonTest } from '../hypothesis/types.ts';
import { buildGenerator, buildTest, needsBaseline, rankKeysApply } from './build.ts';
import { Completers } from './completers.ts';
import { decider, type Decider } from './decide.ts';
import type { TrialGenerator } from './generators/types.ts';
import { simulationPath } from './path.ts';
import { chunkCount, chunkTrials, type PlanPoint, type TaskMode } from './plan.ts';
import { buildPopulationGenerator } from './populationGenerator.ts';
import { buildTrendTest } from './buildTrendTest.ts';
import { buildLogitTrendTest } from './buildLogitTrendTest.ts';
import { buildModStep } from './buildModStep.ts';
import { TrendTally } from './trendTally.ts';
import { ShapePriorTally } from './shapePriorTally.ts';
import { Workspace } from '../workspace.ts';
import { smallExpectedCount } from './smallExpected.ts';
import { runSequentialChunk } from './sequential/runSequentialChunk.ts';
import type { SequentialTrials } from './sequential/sequentialTrials.ts';
import type { ChunkResult } from './chunkResult.ts';

export type { ChunkResult } from './chunkResult.ts';

/** One kind of trial at a point: its workspace, data generator and test (each lane its own, so none share state). */
interface Lane {
  ws: Workspace;
  generator: TrialGenerator;
  test: ComparisonTest;
}

/** Simulates the trials of one grid point, chunk by chunk, reusing its workspaces. */
export class PointSimulator {
  private readonly lanes = new Map<TaskMode, Lane>();
  private readonly completers: Completers;
  private readonly order: Int32Array;
  private readonly values: number[];
  /** How a prior draw moves each arm: the arm's difference = planned + weight × deviation. */
  private readonly weights: Float64Array;
  private readonly trend: TrendTally | null;
  /** trendTest.shapePrior: the assurance trials' shape draws and their trend-test counts. */
  private readonly shapes: ShapePriorTally | null;
  /** Per-chunk counts per arm (index = treatment arm), reused by every chunk. */
  private readonly rejections: Int32Array;
  private readonly benefits: Int32Array;
  private sequential: SequentialTrials | null = null;
  /** The multiplicity method's decision rule, resolved once. */
  private readonly decide: Decider;

  constructor(
    private readonly s: ResolvedScenario,
    private readonly point: PlanPoint,
    private readonly pointIndex: number,
    private readonly forceFullData = false,
  ) {
    const n = point.n;
    this.completers = new Completers(n, s.arms.map((a) => a.dropout));
    this.order = new Int32Array(n.length);
    this.values = effectPlan(s).values;
    this.weights = priorWeights(s);
    const trend = buildTrendTest(s, n);
    const logit = trend === null ? buildLogitTrendTest(s) : null;
    this.trend = trend ? new TrendTally(trend, buildModStep(s, trend)) : logit && new TrendTally(logit, buildModStep(s, logit));
    const mcp = trend ?? logit;
    this.shapes = mcp && s.trendTest.shapePrior ? new ShapePriorTally(s, mcp) : null;
    this.rejections = new Int32Array(n.length);
    this.benefits = new Int32Array(n.length);
    this.decide = decider(s.analysis.multiplicity, s.analysis.alpha);
  }

  private lane(mode: TaskMode): Lane {
    let lane = this.lanes.get(mode);
    if (lane === undefined) {
      const { s } = this;
      const n = this.point.n;
      const population = mode === 'all-comers' || mode === 'enriched';
      const full = population || this.forceFullData || simulationPath(s.endpoint, s.analysis.test) === 'full-data';
      // Rank keys skip exp on a timed walk analysed by ranks; a lane feeding the trend test needs means.
      const keys = !population && rankKeysApply(s, this.trend !== null);
      lane = {
        ws: new Workspace(n, full, needsBaseline(s)),
        generator: population ? buildPopulationGenerator(s, mode) : buildGenerator(s, n, this.forceFullData, keys),
        test: buildTest(s, n, keys),
      };
      this.lanes.set(mode, lane);
    }
    return lane;
  }

  /** Draws this trial's true effects from the design prior: one deviation shared by every arm. */
  private drawEffects(stream: RandomStream, gen: TrialGenerator, sd: number): void {
    const eps = sd * stream.normal();
    for (let j = 1; j < this.values.length; j++) {
      gen.setArmValue(j, clampValue(this.s, this.values[j] + this.weights[j] * eps));
    }
  }

  /**
   * Runs chunk `chunk` of a mode. Its stream comes from (seed, control n, chunk index), plus the mode
   * for anything but 'power', so adding a prior or an enrichment comparison never changes power.
   * `own` replaces that stream (the sample-size search's common random numbers, src/core/solve).
   */
  runChunk(chunk: number, mode: TaskMode = 'power', own?: RandomStream): ChunkResult {
    const chunks = chunkCount(this.s.simulation.sims);
    if (!Number.isInteger(chunk) || chunk < 0 || chunk >= chunks) {
      throw new RangeError(`chunk must be an integer from 0 to ${chunks - 1}, got ${chunk}`);
    }
    const seed = this.s.simulation.seed;
    if (this.s.interim) {
      const stream = own ?? streamFor(seed, this.point.nControl, chunk);
      const { result, trials } = runSequentialChunk(this.s, this.point.n, this.sequential, stream, chunkTrials(this.s.simulation.sims, chunk));
      this.sequential = trials;
      return { ...result, point: this.pointIndex, chunk, mode };
    }
    const { ws, generator, test } = this.lane(mode);
    const { completers, order } = this;
    const decide = this.decide;
    const stream = own ?? (mode === 'power' ? streamFor(seed, this.point.nControl, chunk) : streamFor(seed, this.point.nControl, chunk, mode));
    const prior = mode === 'prior';
    const priorSd = prior && this.s.effectPrior ? this.s.effectPrior.sd : 0;
    const trend = mode === 'power' ? this.trend : null;
    trend?.start();
    generator.startChunk?.(stream);
    // A shape prior draws each assurance trial's shape from its own stream: the data streams stay those without it.
    const shapes = prior ? this.shapes : null;
    const shapeStream = shapes && streamFor(seed, this.point.nControl, chunk, 'shape');
    shapes?.start();
    const trials = chunkTrials(this.s.simulation.sims, chunk);
    const k = ws.arms - 1;
    const chiSquare = this.s.analysis.test === 'chi-square';
    const out: ChunkResult = {
      point: this.pointIndex,
      chunk,
      mode,
      trials,
      rejections: new Array<number>(k).fill(0),
      benefits: new Array<number>(k).fill(0),
      anyRejections: 0,
      anyBenefit: 0,
      undefinedTrials: 0,
      smallExpected: 0,
      trendSignificant: 0,
      bestDoseSelected: 0,
      medSelected: 0,
    };
    // Counts in typed arrays and locals inside the loop (no property writes per trial); copied to `out` after.
    const { rejections, benefits } = this;
    rejections.fill(0);
    benefits.fill(0);
    let anyRejections = 0;
    let anyBenefits = 0;
    let undefinedTrials = 0;
    // Without dropout every trial has the planned counts, and drawing them uses no random numbers.
    const fixed = completers.fixed;
    if (fixed) completers.draw(stream, ws.m);
    for (let t = 0; t < trials; t++) {
      if (shapes) shapes.draw(shapeStream!, generator, priorSd * stream.normal());
      else if (prior) this.drawEffects(stream, generator, priorSd);
      if (!fixed) completers.draw(stream, ws.m);
      generator.generate(stream, ws);
      decide(ws, test, order);
      let any = 0;
      let anyBenefit = 0;
      let undef = 0;
      for (let i = 1; i <= k; i++) {
        const r = ws.reject[i];
        const stat = ws.stat[i];
        // Statistics are oriented (positive = treatment better), so the sign gives the direction.
        const b = stat > 0 ? r : 0;
        rejections[i] += r;
        benefits[i] += b;
        any |= r;
        anyBenefit |= b;
        if (stat !== stat) undef = 1;
      }
      anyRejections += any;
      anyBenefits += anyBenefit;
      undefinedTrials += undef;
      if (chiSquare && smallExpectedCount(ws)) out.smallExpected++;
      if (trend !== null) trend.add(ws);
      if (shapes !== null) shapes.add(ws);
    }
    for (let i = 1; i <= k; i++) {
      out.rejections[i - 1] = rejections[i];
      out.benefits[i - 1] = benefits[i];
    }
    out.anyRejections = anyRejections;
    out.anyBenefit = anyBenefits;
    out.undefinedTrials = undefinedTrials;
    trend?.into(out);
    if (shapes) out.shape = shapes.result();
    return out;
  }
}

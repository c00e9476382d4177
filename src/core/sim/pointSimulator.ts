import { streamFor, type RandomStream } from '../random/index.ts';
import { clampValue, effectPlan } from '../effects/effectPlan.ts';
import { priorWeights } from '../effects/priorWeights.ts';
import type { TrendTest } from '../mcpmod/trendTest.ts';
import { buildTrendTest } from './trendSetup.ts';
import type { ValidScenario } from '../scenario/types.ts';
import type { ComparisonTest } from '../tests/types.ts';
import { buildGenerator, buildTest } from './build.ts';
import { Completers } from './completers.ts';
import { decide } from './decide.ts';
import type { TrialGenerator } from './generators/types.ts';
import { simulationPath } from './path.ts';
import { chunkTrials, type PlanPoint } from './plan.ts';
import { Workspace } from './workspace.ts';

/** What one chunk of trials at one grid point produced. Counts only, so chunks add up exactly. */
export interface ChunkResult {
  point: number;
  chunk: number;
  trials: number;
  /** Rejections per treatment arm (index 0 = first treatment arm). */
  rejections: number[];
  /** Trials in which at least one treatment arm was significant. */
  anyRejections: number;
  /** Trials in which some comparison could not be computed (e.g. no variation); counted as not significant. */
  undefinedTrials: number;
  /** True for assurance chunks (true effects drawn from the design prior). */
  prior: boolean;
  /** MCP-Mod trend test (power chunks with a dose-response model; else 0): significant trials, and
   * significant trials that picked the truly best dose / the true minimum effective dose. */
  trendSignificant: number;
  bestDoseSelected: number;
  medSelected: number;
}

/** Simulates the trials of one grid point, chunk by chunk, reusing one workspace. */
export class PointSimulator {
  private readonly ws: Workspace;
  private readonly generator: TrialGenerator;
  /** A separate generator for assurance chunks, whose arm values change every trial. */
  private priorGenerator: TrialGenerator | null = null;
  private readonly values: number[];
  /** How a prior draw moves each arm: the arm's difference = planned + weight × deviation. */
  private readonly weights: Float64Array;
  private readonly test: ComparisonTest;
  private readonly completers: Completers;
  private readonly order: Int32Array;

  constructor(
    private readonly s: ValidScenario,
    private readonly point: PlanPoint,
    private readonly pointIndex: number,
    forceFullData = false,
  ) {
    const n = point.n;
    const path = simulationPath(s.endpoint, s.analysis.test);
    const full = forceFullData || path === 'full-data';
    this.ws = new Workspace(n, full, s.analysis.test === 'ancova');
    this.generator = buildGenerator(s, n, forceFullData);
    this.test = buildTest(s, n);
    this.completers = new Completers(n, s.arms.map((a) => a.dropout ?? s.design.dropout));
    this.order = new Int32Array(n.length);
    this.values = effectPlan(s).values;
    this.weights = priorWeights(s);
    this.forceFullData = forceFullData;
    this.trend = buildTrendTest(s, n);
  }

  private readonly trend: TrendTest | null;

  private readonly forceFullData: boolean;

  /** Draws this trial's true effects from the design prior: one deviation shared by every arm. */
  private drawEffects(stream: RandomStream, gen: TrialGenerator, sd: number): void {
    const eps = sd * stream.normal();
    for (let j = 1; j < this.values.length; j++) {
      gen.setArmValue(j, clampValue(this.s, this.values[j] + this.weights[j] * eps));
    }
  }

  /**
   * Runs chunk `chunk`: its own stream from (seed, control n, chunk index), plus 'prior' for an
   * assurance chunk, whose trials each draw their true effect from the design prior.
   */
  runChunk(chunk: number, prior = false): ChunkResult {
    const { ws, test, completers, order } = this;
    const { multiplicity, alpha } = this.s.analysis;
    const seed = this.s.simulation.seed;
    const stream = prior ? streamFor(seed, this.point.nControl, chunk, 'prior') : streamFor(seed, this.point.nControl, chunk);
    const priorSd = prior ? (this.s.effectPrior?.sd ?? 0) : 0;
    const generator = prior ? (this.priorGenerator ??= buildGenerator(this.s, this.point.n, this.forceFullData)) : this.generator;
    const trials = chunkTrials(this.s.simulation.sims, chunk);
    const k = ws.arms - 1;
    const rejections = new Array<number>(k).fill(0);
    let anyRejections = 0;
    let undefinedTrials = 0;
    let trendSignificant = 0;
    let bestDoseSelected = 0;
    let medSelected = 0;
    const trend = prior ? null : this.trend;
    for (let t = 0; t < trials; t++) {
      if (prior) this.drawEffects(stream, generator, priorSd);
      completers.draw(stream, ws.m);
      generator.generate(stream, ws);
      decide(ws, test, multiplicity, alpha, order);
      let any = 0;
      let undef = 0;
      for (let i = 1; i <= k; i++) {
        const r = ws.reject[i];
        rejections[i - 1] += r;
        any |= r;
        if (ws.stat[i] !== ws.stat[i]) undef = 1;
      }
      anyRejections += any;
      undefinedTrials += undef;
      if (trend !== null) {
        trend.run(ws);
        if (trend.significant) {
          trendSignificant++;
          if (trend.bestArm === trend.trueBestArm) bestDoseSelected++;
          if (trend.trueMedArm > 0 && trend.medArm === trend.trueMedArm) medSelected++;
        }
      }
    }
    return {
      point: this.pointIndex,
      chunk,
      trials,
      rejections,
      anyRejections,
      undefinedTrials,
      prior,
      trendSignificant,
      bestDoseSelected,
      medSelected,
    };
  }
}

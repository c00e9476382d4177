import { armModels } from '../../endpoints/armModel.ts';
import { normalQuantile } from '../../distributions/normal.ts';
import type { ComparisonTest } from '../../hypothesis/types.ts';
import { lookSizes } from '../../interim/crossing.ts';
import type { RandomStream } from '../../random/index.ts';
import type { ResolvedInterim, ResolvedScenario } from '../../scenario/types.ts';
import { Workspace } from '../../workspace.ts';
import { buildGenerator, buildTest } from '../build.ts';
import type { TrialGenerator } from '../generators/types.ts';
import { smallExpectedCount } from '../smallExpected.ts';
import { BernoulliDataGenerator } from './bernoulliData.ts';
import { fillLookArm } from './lookData.ts';

/** Per-look stopping counts of one chunk of a group-sequential design (index arm-major: (i − 1)·looks + k). */
export interface InterimCounts {
  /** Trials in which treatment arm i crossed its efficacy bound at look k. */
  efficacy: number[];
  /** Trials in which arm i was dropped for futility at look k (z below the futility bound). */
  futility: number[];
  /** Sum over trials of the control-arm patients randomised by the stopping look (round(rate × n)). */
  controlN: number;
}

/** What runChunk tallies per treatment arm and per trial (the fields ChunkResult carries). */
export interface SequentialTally {
  rejections: Int32Array;
  any: number;
  undefinedTrials: number;
  smallExpected: number;
}

/**
 * Simulates trials of a group-sequential design at one grid point: each trial's data are drawn once per
 * patient in randomisation order (with each patient's dropout fixed), and look k analyses the completers
 * among the first round(rate_k × n) patients of every arm. Each still-active treatment arm's one-sided
 * p-value in the benefit direction is compared with the look's nominal level (Bonferroni across arms); an
 * arm that crosses is declared effective and dropped, one whose z = Φ⁻¹(1 − p) falls below the futility
 * bound at an interim look is dropped for futility, and the trial stops when no arm is left.
 */
export class SequentialTrials {
  private readonly full: Workspace;
  private readonly look: Workspace;
  private readonly generator: TrialGenerator;
  private readonly test: ComparisonTest;
  private readonly sizes: number[][];
  private readonly lost: Uint8Array[];
  private readonly dropout: Float64Array;
  private readonly active: Uint8Array;
  private readonly design: ResolvedInterim;
  private readonly withBaseline: boolean;
  private readonly chiSquare: boolean;

  constructor(s: ResolvedScenario, private readonly n: readonly number[]) {
    if (!s.interim) throw new Error('SequentialTrials needs a scenario with an interim design');
    this.design = s.interim;
    this.withBaseline = s.analysis.test === 'ancova';
    this.chiSquare = s.analysis.test === 'chi-square';
    this.full = new Workspace(n, true, this.withBaseline);
    this.look = new Workspace(n, true, this.withBaseline);
    const binary = s.endpoint.type === 'binary' || s.endpoint.type === 'responder';
    this.generator = binary
      ? new BernoulliDataGenerator(Float64Array.from(armModels(s), (m) => (m.kind === 'binary' ? m.p : NaN)))
      : buildGenerator(s, n, true, false);
    // One-sided in the benefit direction, unadjusted: the look's nominal level is compared with its p-value here.
    this.test = buildTest({ ...s, analysis: { ...s.analysis, sides: 1, multiplicity: 'none' } }, n, false);
    this.sizes = n.map((nj) => lookSizes(this.design.informationRates, nj));
    this.lost = n.map((nj) => new Uint8Array(nj));
    this.dropout = Float64Array.from(s.arms, (a) => a.dropout);
    this.active = new Uint8Array(n.length);
  }

  get looks(): number {
    return this.design.informationRates.length;
  }

  /** Runs `trials` trials from `stream`, adding to `tally` and `counts` (both zeroed by the caller). */
  run(stream: RandomStream, trials: number, tally: SequentialTally, counts: InterimCounts): void {
    const { full, look, test, sizes, lost, dropout, active, n } = this;
    const { nominalAlpha, futilityZ } = this.design.bounds;
    const arms = n.length;
    const looks = this.looks;
    for (let j = 0; j < arms; j++) full.m[j] = n[j];
    for (let t = 0; t < trials; t++) {
      this.generator.generate(stream, full);
      for (let j = 0; j < arms; j++) {
        const d = dropout[j];
        const l = lost[j];
        if (d > 0) for (let i = 0; i < n[j]; i++) l[i] = stream.uniform() < d ? 1 : 0;
      }
      active.fill(1);
      let left = arms - 1;
      let undef = 0;
      let small = 0;
      let any = 0;
      let stopLook = looks - 1;
      for (let k = 0; k < looks && left > 0; k++) {
        for (let j = 0; j < arms; j++) if (j === 0 || active[j]) fillLookArm(full, look, j, sizes[j][k], lost[j], this.withBaseline);
        test.prepare(look);
        if (this.chiSquare && smallExpectedCount(look)) small = 1;
        const alpha = nominalAlpha[k];
        for (let i = 1; i < arms; i++) {
          if (!active[i]) continue;
          const stat = test.statistic(look, i);
          look.stat[i] = stat;
          if (stat !== stat) {
            undef = 1;
            continue;
          }
          const p = test.pValue(look, i);
          if (alpha > 0 && p <= alpha) {
            counts.efficacy[(i - 1) * looks + k]++;
            tally.rejections[i]++;
            any = 1;
            active[i] = 0;
            left--;
          } else if (k < looks - 1 && -normalQuantile(p) < futilityZ[k]) {
            counts.futility[(i - 1) * looks + k]++;
            active[i] = 0;
            left--;
          }
        }
        if (left === 0) stopLook = k;
      }
      counts.controlN += sizes[0][stopLook];
      tally.any += any;
      tally.undefinedTrials += undef;
      tally.smallExpected += small;
    }
  }
}

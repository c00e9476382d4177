import { improvementFromLogChange, type LogChange } from '../endpoints/timedWalk.ts';
import type { RandomStream } from '../random/index.ts';
import { summarizeArm } from '../sim/generators/summarize.ts';
import { Workspace } from '../workspace.ts';
import { ChiSquareTest } from '../hypothesis/chiSquare.ts';
import { FisherTest } from '../hypothesis/fisher.ts';
import { MannWhitneyTest } from '../hypothesis/mannWhitney.ts';
import { WelchTest } from '../hypothesis/welch.ts';
import type { ComparisonTest } from '../hypothesis/types.ts';

/** The analyses of one trial, in the order of their counts: each adds a "says better" and a "says worse" count. */
export const STRATEGIES = ['reference', 'referenceRank', 'worstRank', 'exclude', 'nonResponder'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface LossTrialSetup {
  /** Planned patients per arm (control, treatment), before dropout. */
  n: readonly number[];
  dropout: readonly number[];
  measure: 'time' | 'distance';
  arms: readonly LogChange[];
  /** Baseline log time (for the cap) and its correlation with the log change D, as the engine's timed walk. */
  baseline: { logMean: number; logSd: number; rho: number };
  /** Whether any point has a cap: then every patient's baseline is drawn (the same patients at every point). */
  withBaseline: boolean;
  threshold: number;
  excludeTest: 'welch' | 'mann-whitney';
  responderTest: 'chi-square' | 'fisher';
  alpha: number;
  sides: 1 | 2;
}

/**
 * One simulated trial under loss of ambulation (issue 13), analysed every way on the same patients.
 * Dropout first (Binomial completers, as the engine), then each completer's log change D (moment-matched,
 * endpoints/timedWalk.ts); a completer is unable to walk when an independent uniform from the loss
 * stream falls below the arm's loss rate, or when the follow-up time e^(L0 + D) exceeds the arm's cap.
 * Walkers' % changes fill data[j][0, walkers); the unable patients' (unobserved) changes are kept aside
 * for the reference analysis, in which nobody stops walking.
 */
export class LossTrial {
  readonly ws: Workspace;
  readonly completers = new Int32Array(2);
  readonly walkers = new Int32Array(2);
  readonly responders = new Int32Array(2);
  readonly walkerSum = new Float64Array(2);
  /** Each completer's log change D, and the unable patients' (unobserved) % changes. */
  private readonly change: Float64Array[];
  private readonly unable: Float64Array[];
  private readonly logT1: Float64Array[];
  private readonly u: Float64Array[];
  private readonly welch: WelchTest;
  private readonly rank: MannWhitneyTest;
  private readonly resp: ComparisonTest;
  private readonly rest: number;

  constructor(private readonly s: LossTrialSetup) {
    this.ws = new Workspace(s.n, true, false);
    this.change = s.n.map((k) => new Float64Array(k));
    this.unable = s.n.map((k) => new Float64Array(k));
    this.logT1 = s.n.map((k) => new Float64Array(k));
    this.u = s.n.map((k) => new Float64Array(k));
    const o = { level: s.alpha, sides: s.sides, sign: 1 as const };
    this.welch = new WelchTest(o, Math.max(...s.n), 2);
    this.rank = new MannWhitneyTest(o, 2);
    this.resp = s.responderTest === 'fisher' ? new FisherTest(o) : new ChiSquareTest(o);
    this.rest = Math.sqrt(1 - s.baseline.rho ** 2);
  }

  /** Draws the patients: changes from `patients`, loss uniforms from `losses` (the same at every point). */
  draw(patients: RandomStream, losses: RandomStream): void {
    const { n, dropout, arms, baseline, withBaseline } = this.s;
    for (let j = 0; j < 2; j++) {
      const c = dropout[j] > 0 ? patients.binomial(n[j], 1 - dropout[j]) : n[j];
      this.completers[j] = c;
      const x = this.change[j];
      const { muD, sdD } = arms[j];
      for (let i = 0; i < c; i++) {
        if (withBaseline) {
          const z0 = patients.normal();
          const d = muD + sdD * (baseline.rho * z0 + this.rest * patients.normal());
          x[i] = d;
          this.logT1[j][i] = baseline.logMean + baseline.logSd * z0 + d;
        } else x[i] = muD + sdD * patients.normal();
        this.u[j][i] = losses.uniform();
      }
    }
  }

  /** Splits the drawn patients at one point's loss rates and caps (seconds; null: none) into walkers and unable. */
  split(loss: readonly number[], cap: readonly (number | null)[]): void {
    const threshold = this.s.threshold;
    for (let j = 0; j < 2; j++) {
      const x = this.ws.data[j];
      const logCap = cap[j] === null ? Infinity : Math.log(cap[j] as number);
      const t1 = this.logT1[j];
      const drawn = this.u[j];
      const change = this.change[j];
      const unable = this.unable[j];
      let w = 0;
      let lost = 0;
      let sum = 0;
      let r = 0;
      for (let i = 0; i < this.completers[j]; i++) {
        const v = improvementFromLogChange(this.s.measure, change[i]);
        if (drawn[i] < loss[j] || t1[i] > logCap) unable[lost++] = v;
        else {
          x[w++] = v;
          sum += v;
          if (v >= threshold) r++;
        }
      }
      this.walkers[j] = w;
      this.walkerSum[j] = sum;
      this.responders[j] = r;
    }
  }

  /** Runs every analysis; `tally(k, stat)` gets each strategy's index and its oriented statistic when it rejects. */
  analyse(tally: (k: number, stat: number) => void): void {
    const ws = this.ws;
    const c = this.completers;
    const w = this.walkers;
    // Non-responder: unable counts as not improved; every completer is in the denominator.
    ws.m.set(c);
    ws.successes.set(this.responders);
    this.decide(this.resp, STRATEGIES.indexOf('nonResponder'), tally);
    // Exclude: the unable are treated as missing.
    ws.m.set(w);
    this.decide(this.s.excludeTest === 'welch' ? this.welch : this.rank, STRATEGIES.indexOf('exclude'), tally);
    // Worst-rank: the unable tie below every walker (−∞; Mann–Whitney's tie correction handles the tie).
    for (let j = 0; j < 2; j++) ws.data[j].fill(-Infinity, w[j], c[j]);
    ws.m.set(c);
    this.decide(this.rank, STRATEGIES.indexOf('worstRank'), tally);
    // Reference: nobody stops walking; after the sort the −∞ sit first, so the unable's changes go there.
    for (let j = 0; j < 2; j++) ws.data[j].set(this.unable[j].subarray(0, c[j] - w[j]), 0);
    const ref = this.decide(this.s.excludeTest === 'welch' ? this.welch : this.rank, STRATEGIES.indexOf('reference'), tally);
    if (this.s.excludeTest === 'welch') this.decide(this.rank, STRATEGIES.indexOf('referenceRank'), tally);
    else if (ref !== null) tally(STRATEGIES.indexOf('referenceRank'), ref);
  }

  /** Runs one test on the workspace as set; tallies and returns the statistic when it rejects, else null. */
  private decide(test: ComparisonTest, k: number, tally: (k: number, stat: number) => void): number | null {
    const ws = this.ws;
    if (test === this.welch) for (let j = 0; j < 2; j++) summarizeArm(ws, j);
    test.prepare(ws);
    const stat = (ws.stat[1] = test.statistic(ws, 1));
    if (!test.rejects(ws, 1)) return null;
    tally(k, stat);
    return stat;
  }
}

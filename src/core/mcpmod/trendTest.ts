import type { Workspace } from '../workspace.ts';
import { candidateContrasts, contrastCorrelation } from './contrasts.ts';
import { CriticalByDf } from './criticalByDf.ts';
import { perArmStatistics, plannedSatterthwaiteDf, precisionWeights } from './perArmStatistics.ts';
import { bestDoseArm, doseOrder, medDoseArm } from './selection.ts';
import type { TrendTestOptions, TrendVariance } from './types.ts';

const EXACT_BELOW = 12;

/**
 * MCP-Mod's multiple contrast trend test (Bretz, Pinheiro & Branson 2005; Pinheiro et al. 2014), run once per simulated
 * trial. 'pooled': pooled s² over all arms (ν = Σm − arms), T_m = sign·Σ c_mi ȳ_i/(s·√(Σ c_mi²/m_i)) per candidate.
 * 'per-arm': T_m = sign·Σ c_mi ȳ_i/√(Σ c_mi² s_i²/m_i) with each arm's own s_i², contrasts optimal for and correlated by
 * the planned S = diag(sd_i²/n_i) (DoseFinding's MCTtest with S), and ν the smallest Welch–Satterthwaite df over the
 * contrasts (Satterthwaite 1946). MCTtest's ν = ∞ rejects too often at small n, and each contrast's own ν (as Hasler &
 * Hothorn 2008 do for many-to-one) a little too often at small n; the minimum errs on the safe side (measured in
 * trendPerArmCalibration.test.ts). Significant when max T_m > q(ν). The contrasts, their correlations and q use the
 * planned n (and SDs): with dropout or per-arm variances that is the usual approximation. q(ν): see CriticalByDf.
 * After significance, the best dose is the largest oriented mean and the MED the lowest dose whose mean beats placebo
 * by Δ (observed means, not a fitted model). run() allocates nothing.
 */
export class TrendTest {
  readonly arms: number;
  readonly models: number;
  /** Contrast m for arm i at [m·arms + i] (unit length, orthogonal to the weighted mean). */
  readonly contrasts: Float64Array;
  readonly correlation: Float64Array[];
  readonly variance: TrendVariance;
  /** Planned ν*: Σn − arms (pooled) or the rounded Satterthwaite df at the planned SDs (per-arm, at least 12); q at ν*
   * with its error bound. */
  readonly df: number;
  readonly critical: number;
  readonly criticalError: number;
  readonly trueBestArm: number;
  readonly trueMedArm: number;
  /** Last trial: T_m per candidate, their maximum (NaN when undefined) and the decisions. */
  readonly stat: Float64Array;
  /** Last trial, per-arm variances: each contrast's Welch–Satterthwaite df (NaN when pooled). */
  readonly statDf: Float64Array;
  maxT = NaN;
  significant = false;
  /** Index of the candidate with the largest T_m when significant, else −1. */
  selectedModel = -1;
  bestArm = 0;
  medArm = 0;
  private readonly order: Int32Array;
  private readonly invM: Float64Array;
  private readonly sign: number;
  private readonly delta: number;
  private readonly crit: CriticalByDf;
  private readonly flags: Uint8Array;
  private lastDf = NaN;

  constructor(o: TrendTestOptions) {
    const k = (this.arms = o.doses.length);
    if (o.n.length !== k || o.trueMeans.length !== k || k < 2)
      throw new RangeError('TrendTest: doses, n and trueMeans need one entry per arm (≥ 2 arms)');
    if (o.candidates.length === 0) throw new RangeError('TrendTest: no candidate models');
    this.variance = o.variance ?? 'pooled';
    const perArm = this.variance === 'per-arm';
    const sd = o.sd ?? [];
    if (perArm && !(sd.length === k && sd.every((x) => x > 0 && x < Infinity) && o.n.every((x) => x >= 2)))
      throw new RangeError('TrendTest: per-arm variances need a positive sd and n ≥ 2 for every arm');
    // Per arm: the precision weights n/sd² in place of n give the contrasts and correlations for S = diag(sd²/n).
    const w = perArm ? precisionWeights(o.n, sd) : o.n;
    const C = candidateContrasts(o.candidates, o.doses, w);
    if (!C.every((c) => c.every(Number.isFinite))) throw new RangeError('TrendTest: a candidate is flat at these doses');
    this.models = C.length;
    this.contrasts = new Float64Array(this.models * k);
    C.forEach((c, m) => this.contrasts.set(c, m * k));
    this.correlation = contrastCorrelation(C, w);
    const maxDf = o.n.reduce((a, b) => a + b, 0) - k;
    this.df = perArm ? Math.min(maxDf, Math.max(EXACT_BELOW, Math.round(plannedSatterthwaiteDf(C, o.n, sd)))) : maxDf;
    this.crit = new CriticalByDf(this.correlation, o.alpha, this.df, maxDf);
    this.critical = this.crit.critical;
    this.criticalError = this.crit.criticalError;
    this.sign = o.sign;
    this.delta = o.relevantEffect ?? NaN;
    this.order = doseOrder(o.doses);
    this.stat = new Float64Array(this.models);
    this.statDf = new Float64Array(this.models).fill(NaN);
    this.flags = new Uint8Array(this.models);
    this.invM = new Float64Array(k);
    this.trueBestArm = bestDoseArm(o.trueMeans, this.order, o.sign);
    this.trueMedArm = medDoseArm(o.trueMeans, this.order, o.sign, this.delta);
  }

  /** q for a whole number ν of df (see CriticalByDf). */
  criticalFor(df: number): number {
    return this.crit.at(df);
  }

  /** Runs the test on one trial's summaries (ws.m, ws.mean, ws.ss; arm 0 = control) and sets the decision fields. */
  run(ws: Workspace): void {
    const perArm = this.variance === 'per-arm';
    const df = perArm ? perArmStatistics(this.contrasts, this.models, ws, this.sign, this.stat, this.statDf, this.invM) : this.pooled(ws);
    let maxT = -Infinity;
    let arg = -1;
    for (let m = 0; m < this.models; m++) {
      const t = this.stat[m];
      if (t !== t) maxT = NaN;
      else if (t > maxT) {
        maxT = t;
        arg = m;
      }
    }
    // false for NaN; a per-arm ν is real, a pooled one whole
    this.decide(ws, maxT, arg, perArm ? this.crit.exceeds(maxT, df) : maxT > this.crit.at(df));
    this.lastDf = df;
  }

  /**
   * Last trial: 1 for each candidate whose own contrast exceeds q at the trial's ν (all 0 when not significant; the
   * test is significant iff some candidate is). For the Mod step; computed on request so run() stays as cheap.
   */
  significantCandidates(): Uint8Array {
    const flags = this.flags;
    flags.fill(0);
    if (!this.significant) return flags;
    const perArm = this.variance === 'per-arm';
    for (let m = 0; m < this.models; m++) {
      const t = this.stat[m];
      flags[m] = (perArm ? this.crit.exceeds(t, this.lastDf) : t > this.crit.at(this.lastDf)) ? 1 : 0;
    }
    return flags;
  }

  /** Pooled-variance statistics into `stat`; returns ν = Σm − arms. */
  private pooled(ws: Workspace): number {
    const k = this.arms;
    const C = this.contrasts;
    const inv = this.invM;
    let ss = 0;
    let df = 0;
    for (let j = 0; j < k; j++) {
      ss += ws.ss[j];
      df += ws.m[j] - 1;
      inv[j] = 1 / ws.m[j]; // k divisions instead of one per contrast coefficient
    }
    const s = df > 0 ? Math.sqrt(ss / df) : NaN;
    for (let m = 0; m < this.models; m++) {
      let num = 0;
      let v = 0;
      for (let i = 0; i < k; i++) {
        const c = C[m * k + i];
        num += c * ws.mean[i];
        v += c * c * inv[i];
      }
      this.stat[m] = (this.sign * num) / (s * Math.sqrt(v));
    }
    return df;
  }

  private decide(ws: Workspace, maxT: number, arg: number, significant: boolean): void {
    this.maxT = maxT;
    this.significant = significant;
    this.selectedModel = this.significant ? arg : -1;
    this.bestArm = this.significant ? bestDoseArm(ws.mean, this.order, this.sign) : 0;
    this.medArm = this.significant ? medDoseArm(ws.mean, this.order, this.sign, this.delta) : 0;
  }
}

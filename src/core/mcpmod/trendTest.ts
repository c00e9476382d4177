import { normalCdf } from '../dist/normal.ts';
import { tCdf, tQuantile } from '../dist/studentT.ts';
import type { Workspace } from '../sim/workspace.ts';
import { candidateContrasts, contrastCorrelation } from './contrasts.ts';
import { maxContrastCriticalDetail } from './critical.ts';
import { bestDoseArm, doseOrder, medDoseArm } from './selection.ts';
import type { TrendTestOptions } from './types.ts';

const EXACT_BELOW = 12;

/**
 * MCP-Mod's multiple contrast trend test (Bretz, Pinheiro & Branson 2005; Pinheiro et al. 2014), run once per simulated
 * trial: pooled s² over all arms (ν = Σm − arms), T_m = sign·Σ c_mi ȳ_i/(s·√(Σ c_mi²/m_i)) per candidate, significant
 * when max T_m > q. The contrasts, their correlations and q use the planned n: with dropout that is the usual
 * approximation (a trial's T_m are then only nearly t(R)-distributed). q follows the trial's ν: exact at the planned
 * ν*, at ν = ∞ and below ν = 12; elsewhere the t quantile of a marginal level linear in 1/ν, within 6e-4 of exact
 * values (measured; trendTest.test.ts). After significance, the best dose is the largest oriented mean and the MED
 * the lowest dose whose mean beats placebo by Δ (observed means, not a fitted model). run() allocates nothing.
 */
export class TrendTest {
  readonly arms: number;
  readonly models: number;
  /** Contrast m for arm i at [m·arms + i] (unit length, orthogonal to the weighted mean). */
  readonly contrasts: Float64Array;
  readonly correlation: Float64Array[];
  /** Planned ν* = Σn − arms, and q at ν* with its error bound. */
  readonly df: number;
  readonly critical: number;
  readonly criticalError: number;
  readonly trueBestArm: number;
  readonly trueMedArm: number;
  /** Last trial: T_m per candidate, their maximum (NaN when undefined) and the decisions. */
  readonly stat: Float64Array;
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
  private readonly qByDf: Float64Array;
  private readonly levelStar: number;
  private readonly alpha: number;
  private readonly levelInf: number;

  constructor(o: TrendTestOptions) {
    const k = (this.arms = o.doses.length);
    if (o.n.length !== k || o.trueMeans.length !== k || k < 2)
      throw new RangeError('TrendTest: doses, n and trueMeans need one entry per arm (≥ 2 arms)');
    if (o.candidates.length === 0) throw new RangeError('TrendTest: no candidate models');
    const C = candidateContrasts(o.candidates, o.doses, o.n);
    if (!C.every((c) => c.every(Number.isFinite))) throw new RangeError('TrendTest: a candidate is flat at these doses');
    this.models = C.length;
    this.contrasts = new Float64Array(this.models * k);
    C.forEach((c, m) => this.contrasts.set(c, m * k));
    this.correlation = contrastCorrelation(C, o.n);
    this.df = o.n.reduce((a, b) => a + b, 0) - k;
    const star = maxContrastCriticalDetail(this.correlation, this.df, o.alpha);
    this.critical = star.q;
    this.criticalError = star.error;
    this.levelStar = tCdf(star.q, this.df);
    this.levelInf = normalCdf(maxContrastCriticalDetail(this.correlation, Infinity, o.alpha).q);
    this.qByDf = new Float64Array(Math.max(this.df, 0) + 1).fill(NaN);
    this.alpha = o.alpha;
    this.sign = o.sign;
    this.delta = o.relevantEffect ?? NaN;
    this.order = doseOrder(o.doses);
    this.stat = new Float64Array(this.models);
    this.invM = new Float64Array(k);
    this.trueBestArm = bestDoseArm(o.trueMeans, this.order, o.sign);
    this.trueMedArm = medDoseArm(o.trueMeans, this.order, o.sign, this.delta);
  }

  /** q for ν df: exact at ν* and for ν < 12, else t_ν⁻¹ of the marginal level interpolated linearly in 1/ν to ν = ∞. */
  criticalFor(df: number): number {
    if (!(df >= 1)) return NaN;
    if (df === this.df) return this.critical;
    let q = df < this.qByDf.length ? this.qByDf[df] : NaN;
    if (q !== q) {
      // Below ν = 12 the interpolation drifts (1.4e-3 at ν = 8, 2e-2 at ν = 3); these few ν are solved exactly, once.
      q =
        df < EXACT_BELOW
          ? maxContrastCriticalDetail(this.correlation, df, this.alpha).q
          : tQuantile(this.levelInf + ((this.levelStar - this.levelInf) * this.df) / df, df);
      if (df < this.qByDf.length) this.qByDf[df] = q;
    }
    return q;
  }

  /** Runs the test on one trial's summaries (ws.m, ws.mean, ws.ss; arm 0 = control) and sets the decision fields. */
  run(ws: Workspace): void {
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
    let maxT = -Infinity;
    let arg = -1;
    for (let m = 0; m < this.models; m++) {
      let num = 0;
      let v = 0;
      for (let i = 0; i < k; i++) {
        const c = C[m * k + i];
        num += c * ws.mean[i];
        v += c * c * inv[i];
      }
      const t = (this.sign * num) / (s * Math.sqrt(v));
      this.stat[m] = t;
      if (t !== t) maxT = NaN;
      else if (t > maxT) {
        maxT = t;
        arg = m;
      }
    }
    this.maxT = maxT;
    this.significant = maxT > this.criticalFor(df); // false for NaN
    this.selectedModel = this.significant ? arg : -1;
    this.bestArm = this.significant ? bestDoseArm(ws.mean, this.order, this.sign) : 0;
    this.medArm = this.significant ? medDoseArm(ws.mean, this.order, this.sign, this.delta) : 0;
  }
}

import { normalQuantile } from '../distributions/normal.ts';
import { doseShape } from '../doses/shapes.ts';
import type { Workspace } from '../workspace.ts';
import { logitArmEstimates } from './logitArms.ts';
import { householderReduce, logitContrast } from './logitContrast.ts';
import { MaxNormalTail } from './maxNormalTail.ts';
import { bestDoseArm, doseOrder, medDoseArm } from './selection.ts';
import type { CandidateModel } from './types.ts';

export interface LogitTrendTestOptions {
  /** Dose of every arm, control (placebo) first. */
  doses: readonly number[];
  candidates: readonly CandidateModel[];
  /** One-sided family-wise level. */
  alpha: number;
  /** +1 when a response is good (higher rates better), −1 when it is bad. */
  sign: 1 | -1;
  /** Δ on the rate scale for the minimum effective dose; NaN: no MED. */
  relevantEffect: number;
  /** True response rate per arm (for the true best dose and MED). */
  trueRates: readonly number[];
}

/**
 * Generalised MCP-Mod's MCP step for binary data (Pinheiro, Bornkamp, Glimm & Bretz 2014, Stat Med 33:1646), as
 * DoseFinding's MCTtest(dose, logit p̂, S = Ŝ, type = "general", df = Inf) on every trial: θ̂ = logit p̂ per arm with
 * Ŝ = diag(1/(m p̂(1 − p̂))) (logitArmEstimates, with its continuity adjustment), contrasts optimal for the candidate
 * shapes under Ŝ (cᵢ ∝ ŵᵢ(μᵢ − μ̄_ŵ), ŵ = 1/vᵢ: optContr with S), T_m = sign·c_m·θ̂/√(c_mᵀŜc_m), and the critical
 * value of max T under N(0, R̂) with R̂ from Ŝ: all from the trial's own Ŝ, as in the analysis. The decision needs no
 * critical value: max T ≤ z(1 − α) is never and max T > z(1 − α/M) always significant (max T ≥ each T_m; Bonferroni);
 * in between, P(max Z > max T; R̂) < α decides (MaxNormalTail, stopping once the side of α is settled). run() allocates
 * nothing. The candidate shapes are taken on the logit scale; selection uses the observed rates.
 */
export class LogitTrendTest {
  readonly arms: number;
  readonly models: number;
  readonly trueBestArm: number;
  readonly trueMedArm: number;
  /** Last trial: unit-length contrasts (m·arms + i), T_m, per-arm θ̂ and v, observed rates. */
  readonly contrasts: Float64Array;
  readonly stat: Float64Array;
  readonly theta: Float64Array;
  readonly v: Float64Array;
  readonly rate: Float64Array;
  maxT = NaN;
  significant = false;
  selectedModel = -1;
  bestArm = 0;
  medArm = 0;
  private readonly shapes: Float64Array;
  private readonly a: Float64Array;
  /** a_m in k − 1 coordinates (see reduce) and the Householder vector that gives them. */
  private readonly reduced: Float64Array;
  private readonly h: Float64Array;
  private readonly lo: number;
  private readonly hi: number;
  private readonly tail: MaxNormalTail;
  private readonly order: Int32Array;
  private readonly flags: Uint8Array;

  constructor(private readonly o: LogitTrendTestOptions) {
    const k = (this.arms = o.doses.length);
    const M = (this.models = o.candidates.length);
    if (k < 2 || o.trueRates.length !== k || M === 0) throw new RangeError('LogitTrendTest: one dose and rate per arm (≥ 2 arms), ≥ 1 candidate');
    this.shapes = new Float64Array(M * k);
    o.candidates.forEach(({ model, params }, m) => {
      for (let i = 0; i < k; i++) this.shapes[m * k + i] = doseShape(model, params, o.doses[i]);
      const row = this.shapes.subarray(m * k, m * k + k);
      if (!row.every(Number.isFinite) || row.every((x) => x === row[0])) throw new RangeError('LogitTrendTest: a candidate is flat at these doses');
    });
    this.contrasts = new Float64Array(M * k);
    this.a = new Float64Array(M * k);
    this.reduced = new Float64Array(M * (k - 1));
    this.h = new Float64Array(k);
    this.stat = new Float64Array(M);
    this.theta = new Float64Array(k);
    this.v = new Float64Array(k);
    this.rate = new Float64Array(k);
    this.lo = normalQuantile(1 - o.alpha);
    this.hi = normalQuantile(1 - o.alpha / M);
    this.tail = MaxNormalTail.for(k - 1);
    this.order = doseOrder(o.doses);
    this.flags = new Uint8Array(M);
    this.trueBestArm = bestDoseArm(o.trueRates, this.order, o.sign);
    this.trueMedArm = medDoseArm(o.trueRates, this.order, o.sign, o.relevantEffect);
  }

  /** Runs the test on one trial's responders and completers (ws.successes, ws.m) and sets the decision fields. */
  run(ws: Workspace): void {
    this.analyse(ws.successes, ws.m);
  }

  /** The test on given responders and completers per arm (run() without a workspace). */
  analyse(successes: ArrayLike<number>, m: ArrayLike<number>): void {
    const ok = logitArmEstimates(successes, m, this.theta, this.v, this.rate);
    let maxT = ok ? -Infinity : NaN;
    let arg = -1;
    if (ok) {
      for (let j = 0; j < this.models; j++) {
        const t = (this.stat[j] = logitContrast(this.shapes, j, this.theta, this.v, this.contrasts, this.a, this.o.sign));
        if (t > maxT) {
          maxT = t;
          arg = j;
        } else if (t !== t) maxT = NaN;
      }
    }
    this.maxT = maxT;
    if (maxT > this.lo && !(maxT > this.hi)) householderReduce(this.a, this.v, this.models, this.h, this.reduced);
    // NaN (no completers in an arm) is never significant
    const sig = maxT > this.hi || (maxT > this.lo && this.tail.upper(this.reduced, this.models, maxT, this.o.alpha) < this.o.alpha);
    this.significant = sig;
    this.selectedModel = sig ? arg : -1;
    this.bestArm = sig ? bestDoseArm(this.rate, this.order, this.o.sign) : 0;
    this.medArm = sig ? medDoseArm(this.rate, this.order, this.o.sign, this.o.relevantEffect) : 0;
  }

  /**
   * Last trial: 1 for each candidate whose own statistic is significant, P(max Z > T_m; R̂) < α (MCTtest's adjusted
   * p-value, as MCPMod keeps the models with pVal < alpha); all 0 when the trial was not. A reused array.
   */
  significantCandidates(): Uint8Array {
    const flags = this.flags;
    flags.fill(0);
    if (!this.significant) return flags;
    let reduced = this.maxT > this.lo && !(this.maxT > this.hi); // the reduction run() made for max T
    for (let m = 0; m < this.models; m++) {
      const t = this.stat[m];
      if (!(t > this.lo)) continue;
      if (t > this.hi) flags[m] = 1;
      else {
        if (!reduced) householderReduce(this.a, this.v, this.models, this.h, this.reduced);
        reduced = true;
        flags[m] = this.tail.upper(this.reduced, this.models, t, this.o.alpha) < this.o.alpha ? 1 : 0;
      }
    }
    return flags;
  }

  /** Last trial: P(max_m Z_m > t; R̂), MCTtest's multiplicity-adjusted p-value of a statistic t (t > 0). */
  adjustedP(t: number): number {
    householderReduce(this.a, this.v, this.models, this.h, this.reduced);
    return this.tail.upper(this.reduced, this.models, t);
  }

  /** Last trial: the critical value q with P(max Z > q; R̂) = α (bisection; for checks, not the per-trial loop). */
  critical(): number {
    let lo = this.lo - 1e-9;
    let hi = this.hi + 1e-9;
    if (this.models === 1) return this.lo;
    for (let it = 0; it < 60 && hi - lo > 1e-7; it++) {
      const mid = 0.5 * (lo + hi);
      if (this.adjustedP(mid) > this.o.alpha) lo = mid;
      else hi = mid;
    }
    return 0.5 * (lo + hi);
  }
}

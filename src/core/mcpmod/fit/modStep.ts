import type { CandidateModel } from '../types.ts';
import { DoseResponseFit } from './doseResponseFit.ts';
import { averageTargetDose } from './averageTargetDose.ts';
import { logitDelta } from './rateDelta.ts';
import { fittedTargetDose, type DoseCurve } from './targetDose.ts';
import { fitModelOf, type ArmSummary, type FitModel } from './types.ts';

/** How the Mod step picks the curve: one named model, the best AIC, or AIC weights (DoseFinding's selModel). */
export type ModelChoice = FitModel | 'aic' | 'average';

export interface ModStepOptions {
  /** Dose of every arm, placebo first (arm order of the trial summaries). */
  doses: readonly number[];
  candidates: readonly CandidateModel[];
  choice: ModelChoice;
  /** Δ > 0, in the better direction (with `logit`, a difference of rates). */
  relevantEffect: number;
  /** +1 when higher values are better, −1 when lower are better. */
  sign: 1 | -1;
  /**
   * Binary endpoints (generalised MCP-Mod): the trial's arm estimates are log-odds with weights 1/variance (`m` of
   * the summaries; DoseFinding's fitMod(type = "general"), gAIC for 'aic' and 'average'), and TD̂ is read on the rate
   * scale: the smallest dose where expit(f̂(d)) − expit(f̂(0)) reaches Δ in the better direction (logitDelta).
   */
  logit?: boolean;
}

/**
 * MCP-Mod's Mod step for one simulated trial after a significant MCP step (Bretz, Pinheiro & Branson 2005; Pinheiro
 * et al. 2014; DoseFinding's MCPMod). The models are those of the significant candidates, one fit per model as
 * MCPMod groups them (two Emax candidates give one Emax fit), or the named model. 'aic' takes the smallest AIC (the
 * first among ties); 'average' weights each fitted model by exp(−AIC/2) (selModel = "aveAIC") and averages the models'
 * TDs with those weights, as ?MCPMod does (averageTargetDose); `at` still draws the weighted mean curve. TD̂: the smallest dose in [0, max dose] where the chosen curve's effect over placebo, in the
 * better direction, reaches Δ (NaN if none). A linlog fit takes the first log-linear candidate's offset. With `logit`
 * the same on log-odds (see ModStepOptions.logit; AIC is then gAIC, and each model's TD is on the rate scale before
 * averaging). Allocates nothing per trial.
 * @example new ModStep({ doses, candidates, choice: 'aic', relevantEffect: 0.6, sign: 1 }).run(ws, significant) // → TD̂
 */
export class ModStep implements DoseCurve {
  /** One fit per model, in the order the candidates first name them (the named model last if no candidate has it). */
  readonly fits: DoseResponseFit[];
  /** Candidate m → its fit in `fits`. */
  readonly candidateFit: Int32Array;
  readonly choice: ModelChoice;
  /** Last trial: each fit's weight (1 for the chosen one; AIC weights when averaging; 0 if not used). */
  readonly weights: Float64Array;
  /** Last trial: index in `fits` of the chosen model (−1 when averaging or no fit), and TD̂. */
  selected = -1;
  td = NaN;
  private readonly used: Uint8Array;
  /** Last trial: Δ per fit on the fitted scale (Δ itself, or the rate difference on each fit's logit scale). */
  private readonly deltas: Float64Array;
  private readonly logit: boolean;
  private readonly named: number;
  private readonly delta: number;
  private readonly sign: number;
  private readonly maxDose: number;

  constructor(o: ModStepOptions) {
    if (!(o.relevantEffect > 0)) throw new RangeError('ModStep: relevantEffect must be > 0');
    const offset = o.candidates.find((c) => c.model === 'log-linear')?.params.offset ?? 1;
    const models: FitModel[] = [];
    this.candidateFit = Int32Array.from(o.candidates, (c) => {
      const f = fitModelOf(c);
      if (!models.includes(f)) models.push(f);
      return models.indexOf(f);
    });
    if (o.choice !== 'aic' && o.choice !== 'average' && !models.includes(o.choice)) models.push(o.choice);
    this.logit = o.logit ?? false;
    this.fits = models.map((m) => new DoseResponseFit(m, o.doses, { offset, general: this.logit }));
    this.choice = o.choice;
    this.named = o.choice === 'aic' || o.choice === 'average' ? -1 : models.indexOf(o.choice);
    this.weights = new Float64Array(models.length);
    this.used = new Uint8Array(models.length);
    this.deltas = new Float64Array(models.length).fill(o.relevantEffect);
    this.delta = o.relevantEffect;
    this.sign = o.sign;
    this.maxDose = Math.max(...o.doses);
  }

  /** Fits the trial and returns TD̂; `significant[m]` is truthy for each candidate whose contrast is significant. */
  run(data: ArmSummary, significant: ArrayLike<number | boolean>): number {
    this.used.fill(0);
    this.weights.fill(0);
    this.selected = -1;
    this.td = NaN;
    let any = false;
    for (let m = 0; m < this.candidateFit.length; m++) {
      if (!significant[m]) continue;
      any = true;
      this.used[this.candidateFit[m]] = 1;
    }
    if (!any) return NaN;
    if (this.named >= 0) {
      this.used.fill(0);
      this.used[this.named] = 1;
    }
    let best = -1;
    for (let j = 0; j < this.fits.length; j++) {
      if (!this.used[j] || !this.fits[j].fit(data)) continue;
      if (this.logit) this.deltas[j] = logitDelta(this.fits[j].atZero(), this.delta, this.sign);
      if (best < 0 || this.fits[j].aic < this.fits[best].aic) best = j;
    }
    if (best < 0) return NaN;
    if (this.choice === 'average') {
      // exp(−(AIC − min)/2): the same weights as DoseFinding's exp(−(AIC − mean)/2) without overflow
      let sum = 0;
      for (let j = 0; j < this.fits.length; j++) {
        const f = this.fits[j];
        if (this.used[j] && f.ok) sum += this.weights[j] = Math.exp(-0.5 * (f.aic - this.fits[best].aic));
      }
      for (let j = 0; j < this.fits.length; j++) this.weights[j] /= sum;
      this.td = averageTargetDose(this.fits, this.used, this.weights, this.deltas, this.sign, this.maxDose);
    } else {
      this.selected = best;
      this.weights[best] = 1;
      const f = this.fits[best];
      this.td = fittedTargetDose(f.model, f.coefs, f.offset, this.deltas[best], this.sign, this.maxDose);
    }
    return this.td;
  }

  /** The chosen (or averaged) curve's effect over placebo in the better direction, at dose d (with `logit`, of rates). */
  at(d: number): number {
    let s = 0;
    for (let j = 0; j < this.fits.length; j++) {
      const f = this.fits[j];
      if (!(this.weights[j] > 0)) continue;
      if (!this.logit) s += this.weights[j] * f.effect(d);
      else {
        const f0 = f.atZero();
        s += this.weights[j] * (1 / (1 + Math.exp(-f0 - f.effect(d))) - 1 / (1 + Math.exp(-f0)));
      }
    }
    return this.sign * s;
  }
}

import { doseShape } from '../doses/shapes.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { plannedTargetDose } from '../mcpmod/fit/plannedTargetDose.ts';
import type { CandidateModel } from '../mcpmod/types.ts';
import type { TrialGenerator } from '../sim/generators/types.ts';
import type { ResolvedScenario } from '../scenario/resolvedTypes.ts';
import { clampValue, effectPlan } from './effectPlan.ts';
import { priorWeights } from './priorWeights.ts';

/** The treatment arm with the highest dose (the first of equals): where every shape of a shape prior is anchored. */
export function topDoseArm(s: ResolvedScenario): number {
  const doses = s.doseResponse?.doses ?? [];
  let top = 1;
  for (let j = 2; j < doses.length; j++) if (doses[j] > doses[top]) top = j;
  return top;
}

/** A candidate's standardised effect over the control at the top dose, f(d_top) − f(d_control) (0 or NaN: no anchor). */
export function shapeAtTop(s: ResolvedScenario, c: CandidateModel): number {
  const doses = s.doseResponse!.doses;
  return doseShape(c.model, c.params, doses[topDoseArm(s)]) - doseShape(c.model, c.params, doses[0]);
}

/**
 * trendTest.shapePrior: each simulated trial's true dose-response shape is candidate m with probability wₘ. Every
 * shape is anchored to the same reference effect, the trial's effect at the top dose: the planned difference of the
 * top-dose arm (after effect.basis), moved by the effect prior's draw as that arm moves (priorWeights), so
 * arm j's difference is T·(fₘ(dⱼ) − fₘ(d₀))/(fₘ(d_top) − fₘ(d₀)) with T = planned_top + w_top·ε. Without an effect
 * prior ε = 0 and T is the planned top-dose effect. (DoseFinding's Mods(maxEff) anchors the largest effect instead:
 * the same for monotone shapes; an umbrella anchored at the top dose peaks above T.) On a binary endpoint the values
 * are response rates, so the shape holds on the probability scale, as doseResponse gives binary rates; on a responder
 * endpoint they are the source outcome's means, each arm's rate its chance of passing the threshold (the generator's).
 */
export class ShapePrior {
  /** Cumulative weights: trial draws u ∈ [0, 1) and takes the first m with u < cumulative[m]. */
  private readonly cumulative: Float64Array;
  /** Per shape, per arm: (fₘ(dⱼ) − fₘ(d₀))/(fₘ(d_top) − fₘ(d₀)); arm 0 is 0. */
  readonly unit: Float64Array[];
  /** The control arm's planned value (a binary arm's rate), which no prior moves. */
  readonly control: number;
  /** The top-dose arm's planned difference and how far the effect prior's deviation ε moves it (T = topPlanned + topWeight·ε). */
  readonly topPlanned: number;
  readonly topWeight: number;
  private readonly top: number;
  private readonly delta: number;
  private readonly sign: number;
  private readonly maxDose: number;

  constructor(
    private readonly s: ResolvedScenario,
    readonly weights: readonly number[],
  ) {
    const plan = effectPlan(s);
    const dr = s.doseResponse!;
    const top = topDoseArm(s);
    this.cumulative = new Float64Array(weights.length);
    let acc = 0;
    weights.forEach((w, m) => (this.cumulative[m] = acc += w));
    // The last shape with weight takes any rounding left at the top (the weights sum to 1 within 1e-9).
    let last = weights.length - 1;
    while (last > 0 && !(weights[last] > 0)) last--;
    this.cumulative[last] = Infinity;
    this.unit = s.trendTest.candidates.map((c) => {
      const f0 = doseShape(c.model, c.params, dr.doses[0]);
      const scale = shapeAtTop(s, c);
      return Float64Array.from(dr.doses, (d, j) => (j === 0 ? 0 : (doseShape(c.model, c.params, d) - f0) / scale));
    });
    this.control = plan.values[0];
    this.topPlanned = plan.planned[top];
    this.topWeight = priorWeights(s)[top];
    this.top = dr.doses[top];
    this.delta = dr.relevantEffect ?? NaN;
    this.sign = directionSign(s.endpoint);
    this.maxDose = Math.max(...dr.doses);
  }

  /** The shape of a trial that drew u ∈ [0, 1). */
  pick(u: number): number {
    let m = 0;
    while (!(u < this.cumulative[m])) m++;
    return m;
  }

  /** The trial's effect at the top dose given the effect prior's deviation ε (0 without one). */
  anchor(eps: number): number {
    return this.topPlanned + this.topWeight * eps;
  }

  /** Arm j's true value (a binary arm's rate) under shape m at top-dose effect T, before clampValue keeps it in range. */
  value(m: number, j: number, T: number): number {
    return this.control + T * this.unit[m][j];
  }

  /** Sets every treatment arm's true value for a trial with shape m and top-dose effect T (a rate held in [0, 1]). */
  setArms(gen: TrialGenerator, m: number, T: number): void {
    const u = this.unit[m];
    for (let j = 1; j < u.length; j++) gen.setArmValue(j, clampValue(this.s, this.value(m, j, T)));
  }

  /** The true target dose of shape m at top-dose effect T (NaN when it never reaches Δ within the doses). */
  trueTd(m: number, T: number): number {
    const c = this.s.trendTest.candidates[m];
    const f0 = doseShape(c.model, c.params, this.s.doseResponse!.doses[0]);
    // plannedTargetDose scales f itself (f(0) = 0): the reference effect that makes f(d) − f(d₀) reach T at the top
    const ref = (T * doseShape(c.model, c.params, this.top)) / (doseShape(c.model, c.params, this.top) - f0);
    return plannedTargetDose(c.model, c.params, { dose: this.top, effect: ref }, this.delta, this.sign, this.maxDose);
  }
}

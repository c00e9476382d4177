import { directionSign } from '../endpoints/directionSign.ts';
import { normalQuantile } from '../distributions/normal.ts';
import type { ResolvedScenario } from '../scenario/resolvedTypes.ts';

export interface EffectPlan {
  /** Per arm (index 0 = control, always 0): treatment − control difference as given. */
  observed: number[];
  /** Its standard error from the arms' spread and the source's n per arm. */
  se: number[];
  /** The difference the simulation plans on, after the planning basis. */
  planned: number[];
  /** The analysed value per arm used by the simulation: control value + planned difference. */
  values: number[];
}

/** The value an arm gives on the analysed scale: its mean (a binary arm's is its rate). */
export function givenValue(s: ResolvedScenario, i: number): number {
  return s.arms[i].mean;
}

/**
 * Observed, standard error and planned differences of each treatment arm against control.
 * SE = √(sd₀²/n + sdᵢ²/n) (binary: √(p₀q₀/n + pᵢqᵢ/n)) with n = effect.sourceN. 'shrunk' multiplies the
 * observed difference; 'lower-bound' moves it toward no effect by z(confidence)·SE.
 * @example effectPlan(trialT25fw).planned[1] // → 58.1 (observed basis)
 */
export function effectPlan(s: ResolvedScenario): EffectPlan {
  const e = s.effect;
  const n = e.sourceN;
  const c0 = givenValue(s, 0);
  const spread = (i: number) => {
    if (s.endpoint.type === 'binary') {
      const p = givenValue(s, i);
      return p * (1 - p);
    }
    return s.arms[i].sd ** 2;
  };
  const sign = directionSign(s.endpoint);
  const observed: number[] = [];
  const se: number[] = [];
  const planned: number[] = [];
  s.arms.forEach((_, i) => {
    const d = i === 0 ? 0 : givenValue(s, i) - c0;
    const err = i === 0 ? 0 : Math.sqrt((spread(0) + spread(i)) / n);
    let p = d;
    if (i > 0 && e.basis === 'shrunk') p = e.shrinkage * d;
    if (i > 0 && e.basis === 'lower-bound') p = d - sign * normalQuantile(e.confidence) * err;
    observed.push(d);
    se.push(err);
    planned.push(p);
  });
  const values = planned.map((p) => clampValue(s, c0 + p));
  return { observed, se, planned, values };
}

/** Keeps a planned value inside what the endpoint allows (a rate in [0, 1], a time gain < 100%). */
export function clampValue(s: ResolvedScenario, v: number): number {
  const e = s.endpoint;
  if (e.type === 'binary') return Math.min(1, Math.max(0, v));
  const src = e.type === 'responder' ? e.source : e;
  if (src.type === 'timed-walk') return src.measure === 'distance' ? Math.max(-99.9, v) : Math.min(99.9, v);
  return v;
}

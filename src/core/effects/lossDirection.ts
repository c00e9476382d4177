import type { ArmModel } from '../endpoints/armModel.ts';
import { normalCdf } from '../distributions/normal.ts';
import type { ResolvedScenario } from '../scenario/types.ts';

/**
 * The planned effect's sign on the test's scale once some patients cannot walk (the loss is independent of the walk):
 * - worst-rank, and cap under Mann–Whitney: P(treatment better) − ½, with θ = (1 − lₜ)(1 − l꜀)·P(walker better)
 *   + (1 − lₜ)·l꜀ + ½·lₜ·l꜀ (an unable patient is below every walker and tied with the other unable);
 * - non-responder: (1 − lₜ)·pₜ − (1 − l꜀)·p꜀;
 * - cap on means: (1 − l)·mean + l·u per arm, u the unable score (−100% for a distance; for a time the mean of
 *   min(0, 100·(1 − cap/T0)) over the baseline's log-normal law);
 * - exclude: the walkers' own comparison (the loss removes patients at random).
 * With a time cap the walkers slower than the cap are not counted as unable here: an approximation, used only for
 * the sign. Returns d with the scale it is to be compared on.
 */
export function lossDifference(s: ResolvedScenario, c: ArmModel, t: ArmModel, i: number, walk: { d: number; scale: number }): { d: number; scale: number } {
  const lc = s.arms[0].lossOfAmbulation;
  const lt = s.arms[i].lossOfAmbulation;
  const strategy = s.analysis.intercurrent;
  if (strategy === 'exclude') return walk;
  if (strategy === 'non-responder' && c.kind === 'binary' && t.kind === 'binary') return { d: (1 - lt) * t.p - (1 - lc) * c.p, scale: 1 };
  if (c.kind !== 'log-change' || t.kind !== 'log-change') return walk;
  if (strategy === 'worst-rank' || s.analysis.test === 'mann-whitney') {
    const z = (t.muD - c.muD) / Math.hypot(c.sdD, t.sdD);
    const better = t.measure === 'distance' ? normalCdf(z) : normalCdf(-z);
    return { d: (1 - lt) * (1 - lc) * better + (1 - lt) * lc + 0.5 * lt * lc - 0.5, scale: 1 };
  }
  const values = [s.arms[0].mean, s.arms[i].mean];
  const u = unableScore(s);
  const d = (1 - lt) * values[1] + lt * u - ((1 - lc) * values[0] + lc * u);
  return { d, scale: Math.max(Math.abs(values[0]), s.arms[i].sd, 1) };
}

/** The mean % score of an unable patient under `cap`: −100 for a distance; E[min(0, 100(1 − cap/T0))] for a time. */
export function unableScore(s: ResolvedScenario): number {
  const e = s.endpoint;
  if (e.type !== 'timed-walk' || e.timeCap === undefined) return -100;
  // ln T0 ~ N(m, v²): E[e^(−L); L < ln cap] = e^(−m + v²/2)·Φ((ln cap − m + v²)/v).
  const m = e.baselineLogMean;
  const v = e.baselineLogSd;
  const k = Math.log(e.timeCap);
  return 100 * (normalCdf((k - m) / v) - e.timeCap * Math.exp(-m + (v * v) / 2) * normalCdf((k - m + v * v) / v));
}

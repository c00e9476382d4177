import { armModels } from '../endpoints/armModel.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { effectPlan } from './effectPlan.ts';
import { lossApplies } from '../endpoints/ambulation.ts';
import { lossDifference } from './lossDirection.ts';

/** Differences smaller than this (relative to the scale) count as no effect at all. */
const ZERO = 1e-12;

/**
 * Per arm (index 0, the control, is 0): +1 when the planned effect favours the treatment, −1 when it
 * favours the control, 0 when there is none, on the scale the test compares: response rates for binary
 * and responder endpoints, P(treatment better) for Mann–Whitney on a timed walk, means otherwise; with loss of
 * ambulation, as its strategy scores the patients unable to walk (lossDirection.ts).
 * @example plannedDirection(edssPlus) // → [0, -1] (33% vs 37% responders)
 */
export function plannedDirection(s: ResolvedScenario): number[] {
  const models = armModels(s, effectPlan(s).values);
  const sign = directionSign(s.endpoint);
  const c = models[0];
  const loss = lossApplies(s);
  return models.map((t, i) => {
    if (i === 0) return 0;
    let d: number;
    let scale = 1;
    if (t.kind === 'binary' && c.kind === 'binary') d = sign * (t.p - c.p);
    else if (t.kind === 'log-change' && c.kind === 'log-change' && s.analysis.test === 'mann-whitney') {
      // The improvement falls as D rises for a walking time, and rises with it for a distance.
      d = (t.measure === 'distance' ? 1 : -1) * (t.muD - c.muD);
      scale = Math.hypot(c.sdD, t.sdD);
    } else {
      const values = effectPlan(s).values;
      d = sign * (values[i] - values[0]);
      scale = Math.max(Math.abs(values[0]), s.arms[i].sd, 1);
    }
    if (loss) ({ d, scale } = lossDifference(s, c, t, i, { d, scale }));
    return Math.abs(d) <= ZERO * scale ? 0 : Math.sign(d);
  });
}

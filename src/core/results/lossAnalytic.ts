import { armModels } from '../endpoints/armModel.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { effectPlan } from '../effects/effectPlan.ts';
import { binaryEnumeration, enumerationSize, MAX_ENUMERATED_TABLES } from '../power/binaryEnumeration.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { PlanPoint } from '../sim/plan.ts';

/** analytic.ts's AnalyticPower (written out here: analytic.ts imports this file). */
interface AnalyticPower {
  value: number | null;
  method: string | null;
  benefit?: number | null;
}

const NONE: AnalyticPower = { value: null, method: null };

/**
 * Closed-form power with loss of ambulation. A responder comparison stays exact, since the loss is
 * independent of the walk: non-responder scores the response rate (1 − loss)·p, exclude makes a patient a
 * completer with probability (1 − dropout)(1 − loss). A timed walk has none (worst-rank ties, a cap, a
 * shrunken arm): the simulation is the reference, and the paragraph says there is no closed form.
 */
export function lossAnalyticPower(s: ResolvedScenario, point: PlanPoint, i: number): AnalyticPower {
  const { test, alpha, sides, multiplicity, intercurrent } = s.analysis;
  if (s.endpoint.type !== 'responder' || (test !== 'chi-square' && test !== 'fisher')) return NONE;
  if (multiplicity !== 'none' && multiplicity !== 'bonferroni') return NONE;
  const models = armModels(s, effectPlan(s).values);
  const [c, t] = [models[0], models[i]];
  if (c.kind !== 'binary' || t.kind !== 'binary') return NONE;
  const [a0, a1] = [s.arms[0], s.arms[i]];
  const exclude = intercurrent === 'exclude';
  const rate = (p: number, loss: number) => (exclude ? p : (1 - loss) * p);
  const drop = (d: number, loss: number) => (exclude ? 1 - (1 - d) * (1 - loss) : d);
  const input = {
    test,
    p0: rate(c.p, a0.lossOfAmbulation),
    p1: rate(t.p, a1.lossOfAmbulation),
    n0: point.n[0],
    n1: point.n[i],
    drop0: drop(a0.dropout, a0.lossOfAmbulation),
    drop1: drop(a1.dropout, a1.lossOfAmbulation),
    options: { level: multiplicity === 'bonferroni' ? alpha / (s.arms.length - 1) : alpha, sides, sign: directionSign(s.endpoint) },
  };
  if (enumerationSize(input.n0, input.n1, input.drop0, input.drop1) > MAX_ENUMERATED_TABLES[test]) return NONE;
  const r = binaryEnumeration(input);
  const how = exclude ? 'unable patients missing: completers with probability (1 − dropout)(1 − loss)' : 'unable patients non-responders: rate (1 − loss)·p';
  return { value: r.power, benefit: r.benefit, method: `exact: every 2×2 outcome enumerated (${how})` };
}

import { directionSign } from '../endpoints/directionSign.ts';
import { effectPlan } from '../effects/effectPlan.ts';
import { twoArmInterimPower } from '../interim/twoArmInterimPower.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { PlanPoint } from '../sim/plan.ts';

/** A closed form's power, method and benefit tail (the shape of analytic.ts's AnalyticPower, which calls this). */
interface InterimAnalytic {
  value: number | null;
  method: string | null;
  benefit?: number | null;
}

/**
 * Closed-form overall power of treatment arm i (1…k) of a group-sequential design, for normal data analysed
 * by a t-test: the known-variance z test's crossing probabilities, integrated exactly (twoArmInterimPower).
 * With several arms each arm's own sequence of looks depends on its data alone, so its marginal power is the
 * two-arm power at the Bonferroni level the bounds were built on. Other endpoints and tests: null.
 */
export function interimAnalyticPower(s: ResolvedScenario, point: PlanPoint, i: number): InterimAnalytic {
  const design = s.interim;
  const { test } = s.analysis;
  if (!design || s.endpoint.type !== 'continuous' || (test !== 'student' && test !== 'welch')) return { value: null, method: null };
  const values = effectPlan(s).values;
  const dropout = s.arms[0].dropout > 0 || s.arms[i].dropout > 0;
  const op = twoArmInterimPower(design.bounds, {
    informationRates: design.informationRates,
    nControl: point.n[0],
    allocation: point.n[i] / point.n[0],
    sdControl: s.arms[0].sd,
    sdTreatment: s.arms[i].sd,
    difference: directionSign(s.endpoint) * (values[i] - values[0]),
    dropoutControl: s.arms[0].dropout,
    dropoutTreatment: s.arms[i].dropout,
  });
  const method = `group-sequential z test with known variances, exact numerical integration (approximation to the t-test${dropout ? ', at expected completers' : ''})`;
  return { value: op.power, benefit: op.power, method };
}

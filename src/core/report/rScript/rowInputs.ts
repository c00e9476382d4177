/** The inputs of one results[] row as R code: what both the closed-form and the simulation calls take. */
import { directionSign } from '../../endpoints/directionSign.ts';
import { effectPlan } from '../../effects/effectPlan.ts';
import type { ResolvedScenario } from '../../scenario/types.ts';
import type { PlanPoint } from '../../sim/plan.ts';
import { rNumber, rNumbers, rString } from './rLiteral.ts';
import { responderDropout, responderRate } from './rLoss.ts';

/** One arm's analysed parameters as R expressions (rate for binary; mean and sd otherwise). */
export interface RArm {
  /** Planned mean (or rate, or the responder rate computed in R from the source's mean and sd). */
  value: string;
  sd: string;
  /** Completers as R computes them, e.g. `6 * (1 - 0.1)`: the same double as Stride's. */
  completers: string;
  n: number;
  drop: number;
}

/** Per-arm dropout: the arm's own, else the design's; a responder's completers also lose the unable under exclude (rLoss.ts). */
export const armDropout = (s: ResolvedScenario, j: number): number => responderDropout(s, j);

/** The measure of a timed-walk outcome (`NA` otherwise), for the R functions that re-derive the log change. */
export function rMeasure(s: ResolvedScenario): string {
  const e = s.endpoint.type === 'responder' ? s.endpoint.source : s.endpoint;
  return e.type === 'timed-walk' ? rString(e.measure) : 'NA';
}

/**
 * Every arm at a grid point: the planned values after the effect plan (observed, shrunk or a bound;
 * dose arms from their model), so R and Stride start from the same numbers and R recomputes the rest.
 */
export function rArms(s: ResolvedScenario, point: PlanPoint): RArm[] {
  const values = effectPlan(s).values;
  const e = s.endpoint;
  return s.arms.map((arm, j) => {
    // R's binary calls read no sd: they are given 1, as the script has always written.
    const sd = e.type === 'binary' ? 1 : arm.sd;
    const drop = armDropout(s, j);
    let value = rNumber(values[j]);
    if (e.type === 'responder') {
      const src = e.source;
      const kind = src.type === 'timed-walk' ? rMeasure(s) : rString(src.direction);
      value = `responder_rate(${kind}, ${rNumber(values[j])}, ${rNumber(sd)}, ${rNumber(e.threshold)})`;
      value = responderRate(s, j, value);
    }
    const n = point.n[j];
    const completers = drop > 0 ? `${rNumber(n)} * (1 - ${rNumber(drop)})` : rNumber(n);
    return { value, sd: rNumber(sd), completers, n, drop };
  });
}

/** The common arguments for a comparison of arm i with the control. */
export function pairArgs(s: ResolvedScenario, arms: readonly RArm[], i: number, level: string): Record<string, string> {
  return {
    m0: arms[0].value,
    m1: arms[i].value,
    sd0: arms[0].sd,
    sd1: arms[i].sd,
    n0: arms[0].completers,
    n1: arms[i].completers,
    sign: rNumber(directionSign(s.endpoint)),
    level,
    sides: rNumber(s.analysis.sides),
  };
}

/** The level each comparison is tested at: α, or α/k under Bonferroni (as Stride's closed form). */
export function rLevel(s: ResolvedScenario): string {
  const k = s.arms.length - 1;
  return s.analysis.multiplicity === 'bonferroni' ? `${rNumber(s.analysis.alpha)} / ${k}` : rNumber(s.analysis.alpha);
}

/** All arms' planned values, SDs and completers as R vectors (for the many-to-one procedures). */
export function allArms(arms: readonly RArm[]): { means: string; sds: string; n: string } {
  return {
    means: `c(${arms.map((a) => a.value).join(', ')})`,
    sds: `c(${arms.map((a) => a.sd).join(', ')})`,
    n: `c(${arms.map((a) => a.completers).join(', ')})`,
  };
}

export { rNumbers };

import { armModels } from '../endpoints/armModel.ts';
import { directionSign } from '../endpoints/directionSign.ts';
import { count } from '../report/numberText.ts';
import { dunnettCritical } from '../distributions/dunnett.ts';
import { noncentralTCdf } from '../distributions/noncentralT.ts';
import { normalCdf } from '../distributions/normal.ts';
import {
  ancovaPower,
  mannWhitneyPower,
  normalSuperiority,
  studentPower,
  twoProportionPower,
  welchPower,
} from '../power/index.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { effectPlan } from '../effects/effectPlan.ts';
import { welchDunnettPower } from '../power/welchDunnettPower.ts';
import { binaryEnumeration, enumerationSize, MAX_ENUMERATED_TABLES } from '../power/binaryEnumeration.ts';
import type { PlanPoint } from '../sim/plan.ts';
import { interimAnalyticPower } from './interimAnalytic.ts';
import { lossApplies } from '../endpoints/ambulation.ts';
import { lossAnalyticPower } from './lossAnalytic.ts';

export interface AnalyticPower {
  value: number | null;
  /** How it was computed, and whether it is exact or an approximation. */
  method: string | null;
  /**
   * The one-tailed counterpart: the chance of a significant result in the treatment's favour (equal
   * to `value` for one-sided tests). When left out: `value` if one-sided, else null.
   */
  benefit?: number | null;
}

const NONE: AnalyticPower = { value: null, method: null };

/**
 * Closed-form power of treatment arm i (1…k) at a grid point, where one exists. With dropout it is
 * evaluated at the expected number of completers n·(1 − dropout), an approximation; the simulation
 * is the reference. Binary endpoints are enumerated exactly, over the completer law too, up to a size
 * limit. Holm, Hochberg and step-down Dunnett have no per-arm closed form (null).
 */
export function analyticPower(s: ResolvedScenario, point: PlanPoint, i: number): AnalyticPower {
  if (s.interim) return interimAnalyticPower(s, point, i);
  if (lossApplies(s)) return lossAnalyticPower(s, point, i);
  const { test, alpha, sides, multiplicity } = s.analysis;
  if (multiplicity === 'holm' || multiplicity === 'hochberg' || multiplicity === 'dunnett-stepdown') return NONE;
  const k = s.arms.length - 1;
  const drop = (j: number) => s.arms[j].dropout;
  const n1 = point.n[0] * (1 - drop(0));
  const n2 = point.n[i] * (1 - drop(i));
  const dropNote = drop(0) > 0 || drop(i) > 0 ? ', at expected completers' : '';
  const level = multiplicity === 'bonferroni' ? alpha / k : alpha;
  const values = effectPlan(s).values;
  const models = armModels(s, values);
  const c = models[0];
  const t = models[i];
  if (c.kind === 'binary' && t.kind === 'binary') {
    if (test !== 'chi-square' && test !== 'fisher') return NONE;
    const exact = exactBinary(s, point, i, test, level, c.p, t.p);
    if (exact) return exact;
    const flip = directionSign(s.endpoint) < 0;
    const p1 = flip ? 1 - c.p : c.p;
    const p2 = flip ? 1 - t.p : t.p;
    const continuity = test === 'fisher';
    const input = { p1, p2, n1, n2, alpha: level, sides, continuity };
    const method = continuity ? 'normal approximation with continuity correction (Fleiss–Tytun–Ury)' : 'normal approximation';
    const why = ` (too many outcomes to enumerate exactly: more than ${count(MAX_ENUMERATED_TABLES[test])} tables)`;
    return { value: twoProportionPower(input), benefit: twoProportionPower({ ...input, benefitOnly: true }), method: method + dropNote + why };
  }
  const sign = directionSign(s.endpoint);
  const sd1 = s.arms[0].sd;
  const sd2 = s.arms[i].sd;
  const diff = sign * (values[i] - values[0]);
  const skewed = s.endpoint.type === 'timed-walk' ? ', treating the skewed endpoint as normal' : '';
  const args = { diff, sd1, sd2, n1, n2, alpha: level, sides };
  const benefitArgs = { ...args, benefitOnly: true };
  if (multiplicity === 'dunnett' && test === 'welch') return welchDunnettMarginal(s, point, i, diff, skewed + dropNote);
  if (multiplicity === 'dunnett') return dunnettMarginal(s, point, i, diff, skewed + dropNote);
  switch (test) {
    case 'student': {
      const exact = sd1 === sd2 && !skewed && !dropNote;
      return { value: studentPower(args), benefit: studentPower(benefitArgs), method: `noncentral t${exact ? ' (exact)' : ' (approximation)'}${skewed}${dropNote}` };
    }
    case 'welch':
      return { value: welchPower(args), benefit: welchPower(benefitArgs), method: `noncentral t with Welch–Satterthwaite df (approximation)${skewed}${dropNote}` };
    case 'mann-whitney': {
      let ps = normalSuperiority(diff, sd1, sd2);
      if (c.kind === 'log-change' && t.kind === 'log-change') {
        // The improvement is monotone in the log change D, so P(treatment better) is exact.
        const z = (t.muD - c.muD) / Math.hypot(c.sdD, t.sdD);
        ps = t.measure === 'distance' ? normalCdf(z) : normalCdf(-z);
      }
      const mw = { pSuperiority: ps, n1, n2, alpha: level, sides };
      return { value: mannWhitneyPower(mw), benefit: mannWhitneyPower({ ...mw, benefitOnly: true }), method: `Noether (1987) approximation${dropNote}` };
    }
    case 'ancova': {
      if (s.endpoint.type !== 'continuous') return NONE;
      const sd = Math.sqrt((sd1 * sd1 + sd2 * sd2) / 2);
      const rho = s.endpoint.baselineCorrelation;
      const an = { diff, sd, rho, n1, n2, alpha: level, sides };
      return { value: ancovaPower(an), benefit: ancovaPower({ ...an, benefitOnly: true }), method: `noncentral t with residual sd·√(1 − ρ²) (approximation)${dropNote}` };
    }
    default:
      return NONE;
  }
}

/** Marginal power of one arm under single-step Dunnett: P(T_i beyond c), T_i noncentral t. */
function dunnettMarginal(s: ResolvedScenario, point: PlanPoint, i: number, diff: number, note: string): AnalyticPower {
  const { alpha, sides } = s.analysis;
  const ne = point.n.map((n, j) => n * (1 - s.arms[j].dropout));
  const df = ne.reduce((a, b) => a + b, 0) - ne.length;
  const lambdas = ne.slice(1).map((n) => Math.sqrt(n / (n + ne[0])));
  const c = cachedDunnettCritical(alpha, lambdas, df, sides);
  const variance = s.arms.reduce((a, arm, j) => a + (ne[j] - 1) * arm.sd ** 2, 0) / df;
  const ncp = diff / Math.sqrt(variance * (1 / ne[i] + 1 / ne[0]));
  const upper = 1 - noncentralTCdf(c, df, ncp);
  const value = sides === 2 ? upper + noncentralTCdf(-c, df, ncp) : upper;
  return { value, benefit: upper, method: `noncentral t beyond Dunnett's critical value${note}` };
}

/** Marginal power of one arm under Hasler–Hothorn: noncentral Welch t beyond the critical value at the planned correlations. */
function welchDunnettMarginal(s: ResolvedScenario, point: PlanPoint, i: number, diff: number, note: string): AnalyticPower {
  const { alpha, sides } = s.analysis;
  const n = point.n.map((m, j) => m * (1 - s.arms[j].dropout));
  const sds = s.arms.map((a) => a.sd);
  const input = { diff, arm: i, sds, n, alpha, sides };
  const value = welchDunnettPower(input);
  const benefit = welchDunnettPower({ ...input, benefitOnly: true });
  return { value, benefit, method: `noncentral t with Welch–Satterthwaite df beyond the Hasler–Hothorn critical value at the planned correlations (approximation)${note}` };
}

/** Every treatment arm at a grid point shares one Dunnett critical value: solve it once per point. */
const dunnettCache = new Map<string, number>();
function cachedDunnettCritical(alpha: number, lambdas: number[], df: number, sides: 1 | 2): number {
  const key = `${alpha}|${sides}|${df}|${lambdas.join(',')}`;
  let c = dunnettCache.get(key);
  if (c === undefined) {
    if (dunnettCache.size > 1000) dunnettCache.clear();
    dunnettCache.set(key, (c = dunnettCritical(alpha, lambdas, df, sides)));
  }
  return c;
}

/** Exact power of a binary comparison by enumeration, or null when it would be too costly. */
function exactBinary(s: ResolvedScenario, point: PlanPoint, i: number, test: 'chi-square' | 'fisher', level: number, p0: number, p1: number): AnalyticPower | null {
  const drop0 = s.arms[0].dropout;
  const drop1 = s.arms[i].dropout;
  const [n0, n1] = [point.n[0], point.n[i]];
  if (enumerationSize(n0, n1, drop0, drop1) > MAX_ENUMERATED_TABLES[test]) return null;
  const options = { level, sides: s.analysis.sides, sign: directionSign(s.endpoint) };
  const r = binaryEnumeration({ test, p0, p1, n0, n1, drop0, drop1, options });
  const over = drop0 > 0 || drop1 > 0 ? ', averaged over the binomial number of completers' : '';
  return { value: r.power, benefit: r.benefit, method: `exact: every 2×2 outcome enumerated${over}` };
}

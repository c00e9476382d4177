/**
 * The R call that recomputes one row's closed form, or null where Stride reports none. The branches
 * are those of src/core/results/analytic.ts (a unit test checks both agree row by row).
 */
import { enumerationSize, MAX_ENUMERATED_TABLES } from '../../power/binaryEnumeration.ts';
import type { ResolvedScenario } from '../../scenario/types.ts';
import type { PlanPoint } from '../../sim/plan.ts';
import { allArms, armDropout, pairArgs, rArms, rLevel, rMeasure } from './rowInputs.ts';
import { rCall, rNumber, rNumbers, rString } from './rLiteral.ts';
import type { EfficacySpending } from '../../interim/types.ts';

/** Which R function checks the row; the tolerance per method is stated in tests/fixtures/rcheck. */
export type RMethod =
  | 'student'
  | 'welch'
  | 'ancova'
  | 'mann-whitney'
  | 'dunnett'
  | 'hasler-hothorn'
  | 'binary-exact'
  | 'binary-normal'
  | 'group-sequential';

/** rpact's typeOfDesign for each efficacy spending. */
const SPENDING: Readonly<Record<EfficacySpending, string>> = { 'obrien-fleming': 'asOF', pocock: 'asP', none: 'noEarlyEfficacy' };

export interface RClosedForm {
  method: RMethod;
  call: string;
}

/** The closed-form call for treatment arm i (1…k) at a grid point, or null (Holm, Hochberg, step-down Dunnett, ANCOVA off a continuous endpoint). */
export function closedFormCall(s: ResolvedScenario, point: PlanPoint, i: number): RClosedForm | null {
  const { test, multiplicity, alpha, sides } = s.analysis;
  if (multiplicity === 'holm' || multiplicity === 'hochberg' || multiplicity === 'dunnett-stepdown') return null;
  const arms = rArms(s, point);
  const level = rLevel(s);
  const pair = pairArgs(s, arms, i, level);
  // A group-sequential design (src/core/results/interimAnalytic.ts): normal data, Student or Welch only.
  if (s.interim) {
    if (s.endpoint.type !== 'continuous' || (test !== 'student' && test !== 'welch')) return null;
    const d = s.interim;
    const gs = {
      m0: pair.m0,
      m1: pair.m1,
      sd0: pair.sd0,
      sd1: pair.sd1,
      n0: rNumber(point.n[0]),
      n1: rNumber(point.n[i]),
      drop0: rNumber(armDropout(s, 0)),
      drop1: rNumber(armDropout(s, i)),
      sign: pair.sign,
      level: rNumber(d.level),
      rates: rNumbers(d.informationRates),
      spending: rString(SPENDING[d.efficacy]),
      futility: d.futility ? rNumber(d.futility.z) : 'NA',
      binding: d.futility?.binding ? 'TRUE' : 'FALSE',
    };
    return { method: 'group-sequential', call: rCall('gs_power', gs) };
  }
  const binary = s.endpoint.type === 'binary' || s.endpoint.type === 'responder';
  if (binary) {
    if (test !== 'chi-square' && test !== 'fisher') return null;
    const [d0, d1] = [armDropout(s, 0), armDropout(s, i)];
    const rates = { p0: pair.m0, p1: pair.m1 };
    if (enumerationSize(point.n[0], point.n[i], d0, d1) <= MAX_ENUMERATED_TABLES[test]) {
      const exact = { test: rString(test), ...rates, n0: rNumber(point.n[0]), n1: rNumber(point.n[i]), drop0: rNumber(d0), drop1: rNumber(d1) };
      return { method: 'binary-exact', call: rCall('binary_exact_power', { ...exact, level, sides: pair.sides, sign: pair.sign }) };
    }
    const normal = { ...rates, n0: pair.n0, n1: pair.n1, level, sides: pair.sides, sign: pair.sign, continuity: test === 'fisher' ? 'TRUE' : 'FALSE' };
    return { method: 'binary-normal', call: rCall('two_proportion_power', normal) };
  }
  if (multiplicity === 'dunnett') {
    const method = test === 'welch' ? 'hasler-hothorn' : 'dunnett';
    const all = allArms(arms);
    const args = { arm: rNumber(i), ...all, sign: pair.sign, alpha: rNumber(alpha), sides: rNumber(sides) };
    return { method, call: rCall(method === 'dunnett' ? 'dunnett_power' : 'hasler_hothorn_power', args) };
  }
  switch (test) {
    case 'student':
    case 'welch':
      return { method: test, call: rCall(`${test}_power`, pair) };
    case 'mann-whitney':
      return { method: test, call: rCall('mann_whitney_power', { ...pair, measure: rMeasure(s) }) };
    case 'ancova': {
      if (s.endpoint.type !== 'continuous') return null;
      const rho = rNumber(s.endpoint.baselineCorrelation);
      return { method: test, call: rCall('ancova_power', { ...pair, rho }) };
    }
    default:
      return null;
  }
}

import { Checker, isObject } from './checks.ts';
import { LIMITS } from './limits.ts';
import { FIELDS } from './fields.ts';
import { TESTS_FOR } from '../sim/path.ts';
import type { Endpoint, Multiplicity, TestName, WrittenScenario } from './types.ts';
import { INTERCURRENT } from './validateIntercurrent.ts';

const TESTS = ['student', 'welch', 'mann-whitney', 'chi-square', 'fisher', 'ancova'] as const;
const MULTIPLICITY = ['none', 'bonferroni', 'holm', 'hochberg', 'dunnett', 'dunnett-stepdown'] as const;

/** `analysis`: a test that fits the endpoint, alpha, sides and multiplicity. */
export function validateAnalysis(c: Checker, v: unknown, endpoint: Endpoint | undefined): WrittenScenario['analysis'] | undefined {
  const a = c.fields('analysis', v, FIELDS.analysis);
  if (!a) return undefined;
  const test = c.oneOf('analysis.test', a.test, TESTS) as TestName | undefined;
  const alpha = c.number('analysis.alpha', a.alpha, 0, 0.5, { loOpen: true, hiOpen: true });
  const sides = c.oneOf('analysis.sides', a.sides ?? 2, [1, 2] as const);
  const multiplicity = c.oneOf('analysis.multiplicity', a.multiplicity ?? 'none', MULTIPLICITY) as Multiplicity;
  if (test && endpoint && !TESTS_FOR[endpoint.type].includes(test)) {
    c.fail('analysis.test', `must be one of ${TESTS_FOR[endpoint.type].join(', ')} for a ${endpoint.type} endpoint`, test);
    return undefined;
  }
  if ((multiplicity === 'dunnett' || multiplicity === 'dunnett-stepdown') && test && test !== 'student' && test !== 'welch') {
    c.fail('analysis.multiplicity', `needs the test "welch" (Hasler–Hothorn, unequal variances) or "student" (pooled variance), not "${test}"`, multiplicity);
  }
  const intercurrent = a.intercurrent === undefined ? undefined : c.oneOf('analysis.intercurrent', a.intercurrent, INTERCURRENT);
  if (!test || alpha === undefined || !sides || !multiplicity) return undefined;
  return intercurrent ? { test, alpha, sides, multiplicity, intercurrent } : { test, alpha, sides, multiplicity };
}

/** `design`: sample sizes (list or range), allocation, dropout and target power, with defaults. */
export function validateDesign(c: Checker, v: unknown): WrittenScenario['design'] | undefined {
  const d = c.fields('design', v, FIELDS.design);
  if (!d) return undefined;
  const nPerArm = sampleSizes(c, d.nPerArm);
  const allocation = c.number('design.allocation', d.allocation ?? 1, 0.1, 10);
  const dropout = c.number('design.dropout', d.dropout ?? 0, 0, LIMITS.maxDropout);
  const targetPower = c.number('design.targetPower', d.targetPower ?? 0.8, 0.5, 0.99);
  if (!nPerArm || allocation === undefined || dropout === undefined || targetPower === undefined) return undefined;
  return { nPerArm, allocation, dropout, targetPower };
}

function sampleSizes(c: Checker, v: unknown): number[] | undefined {
  let list: unknown[];
  if (Array.isArray(v)) list = v;
  else if (isObject(v)) {
    const r = c.fields('design.nPerArm', v, FIELDS['design.nPerArm']) ?? {};
    const from = c.number('design.nPerArm.from', r.from, LIMITS.minN, LIMITS.maxN, { integer: true });
    const to = c.number('design.nPerArm.to', r.to, LIMITS.minN, LIMITS.maxN, { integer: true });
    const step = c.number('design.nPerArm.step', r.step ?? 1, 1, LIMITS.maxN, { integer: true });
    if (from === undefined || to === undefined || step === undefined) return undefined;
    if (to < from) return void c.fail('design.nPerArm.to', `must be ≥ from (${from})`, to);
    if ((to - from) / step + 1 > LIMITS.maxPoints)
      return void c.fail('design.nPerArm', `must give at most ${LIMITS.maxPoints} sample sizes`, Math.floor((to - from) / step) + 1);
    list = [];
    for (let n = from; n <= to; n += step) list.push(n);
  } else return void c.fail('design.nPerArm', 'must be a list of sample sizes or {from, to, step}', v);
  if (list.length === 0 || list.length > LIMITS.maxPoints)
    return void c.fail('design.nPerArm', `must hold 1 to ${LIMITS.maxPoints} sample sizes`, list.length);
  const out: number[] = [];
  list.forEach((n, i) => {
    const ok = c.number(`design.nPerArm[${i}]`, n, LIMITS.minN, LIMITS.maxN, { integer: true });
    if (ok !== undefined) out.push(ok);
  });
  if (out.length !== list.length) return undefined;
  return [...new Set(out)].sort((a, b) => a - b);
}

/** `simulation`: number of trials per sample size and the seed (a number is taken as its text). */
export function validateSimulation(c: Checker, v: unknown): WrittenScenario['simulation'] | undefined {
  const s = c.fields('simulation', v, FIELDS.simulation);
  if (!s) return undefined;
  const sims = c.number('simulation.sims', s.sims, LIMITS.minSims, LIMITS.maxSims, { integer: true });
  const rawSeed = typeof s.seed === 'number' && Number.isFinite(s.seed) ? String(s.seed) : s.seed;
  const seed = c.text('simulation.seed', rawSeed, 200);
  if (sims === undefined || seed === undefined) return undefined;
  return { sims, seed };
}

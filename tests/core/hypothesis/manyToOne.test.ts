import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dunnettCritical } from '../../../src/core/distributions/dunnett.ts';
import type { Multiplicity } from '../../../src/core/scenario/types.ts';
import { decide } from '../../../src/core/sim/decide.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { DunnettTest } from '../../../src/core/hypothesis/dunnett.ts';
import type { ComparisonTest } from '../../../src/core/hypothesis/types.ts';
import { WelchTest } from '../../../src/core/hypothesis/welch.ts';
import { WelchDunnettTest } from '../../../src/core/hypothesis/welchDunnett.ts';

/** Made by tests/fixtures/manyToOne/make_many_to_one_fixtures.R (mvtnorm, multcomp, p.adjust). */
interface Case {
  name: string;
  sides: 1 | 2;
  data: number[][];
  welch: {
    t: number[];
    nu: number[];
    df: number[];
    lambda: number[];
    hhSingleStep: number[];
    hhCritical: number[];
    hhStepDown: number[];
    raw: number[];
    hochberg: number[];
    holm: number[];
  };
  student: { t: number[]; singleStep: number[]; free: number[] };
}
const cases = JSON.parse(readFileSync(new URL('../../fixtures/manyToOne/many-to-one.json', import.meta.url), 'utf8')) as Case[];

/** The arms' completers, means and sums of squares from the stored data. */
function workspace(c: Case): Workspace {
  const ws = new Workspace(c.data.map((d) => d.length), false, false);
  c.data.forEach((d, j) => {
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    ws.m[j] = d.length;
    ws.mean[j] = mean;
    ws.ss[j] = d.reduce((a, b) => a + (b - mean) ** 2, 0);
  });
  return ws;
}

const LEVELS = [0.01, 0.02, 0.05, 0.1, 0.2];
/** mvtnorm's lattice rule (abseps 2e-6 to 1e-5): decisions are compared where the adjusted p is clear of alpha. */
const CLEAR = 2e-4;

/** Runs decide() at each level and checks the rejections against adjusted p ≤ level. */
function checkDecisions(c: Case, make: (level: number) => ComparisonTest, multiplicity: Multiplicity, adjusted: number[]) {
  let compared = 0;
  for (const level of LEVELS) {
    const ws = workspace(c);
    decide(ws, make(level), multiplicity, level, new Int32Array(ws.arms));
    adjusted.forEach((p, r) => {
      if (Math.abs(p - level) < CLEAR) return;
      compared++;
      expect(ws.reject[r + 1], `${c.name} ${c.sides}-sided ${multiplicity} at ${level}: arm ${r + 1}, R's adjusted p ${p}`).toBe(p <= level ? 1 : 0);
    });
  }
  return compared;
}

describe('many-to-one procedures against R on fixed data', () => {
  it('the fixture covers 3 to 5 comparisons, both sidednesses, and rejections as well as acceptances', () => {
    expect(cases.length).toBe(12);
    const all = cases.flatMap((c) => c.welch.hhStepDown);
    expect(all.some((p) => p < 0.05) && all.some((p) => p > 0.2)).toBe(true);
  });

  for (const c of cases) {
    const o = (level: number) => ({ level, sides: c.sides, sign: 1 as const });
    const k = c.data.length - 1;

    it(`${c.name}, ${c.sides}-sided: Hasler–Hothorn statistics, df, adjusted p-values and critical values (mvtnorm)`, () => {
      const ws = workspace(c);
      const test = new WelchDunnettTest(o(0.05), ws.arms);
      test.prepare(ws);
      for (let i = 1; i <= k; i++) {
        ws.stat[i] = test.statistic(ws, i);
        expect(ws.stat[i]).toBeCloseTo(c.welch.t[i - 1], 10);
        expect(test.pValue(ws, i), `arm ${i}`).toBeCloseTo(c.welch.hhSingleStep[i - 1], 4);
        const crit = dunnettCritical(0.05, c.welch.lambda, c.welch.df[i - 1], c.sides);
        expect(Math.abs(crit - c.welch.hhCritical[i - 1]), `critical value, arm ${i}`).toBeLessThan(2e-3);
      }
    });

    it(`${c.name}, ${c.sides}-sided: single-step and step-down decisions, Welch (Hasler–Hothorn) and Student (multcomp)`, () => {
      let n = checkDecisions(c, (l) => new WelchDunnettTest(o(l), k + 1), 'dunnett', c.welch.hhSingleStep);
      n += checkDecisions(c, (l) => new WelchDunnettTest(o(l), k + 1), 'dunnett-stepdown', c.welch.hhStepDown);
      n += checkDecisions(c, (l) => new DunnettTest(o(l), k + 1, true), 'dunnett', c.student.singleStep);
      n += checkDecisions(c, (l) => new DunnettTest(o(l), k + 1, true), 'dunnett-stepdown', c.student.free);
      expect(n).toBeGreaterThan(3 * LEVELS.length * k);
      const ws = workspace(c);
      const student = new DunnettTest(o(0.05), k + 1, true);
      student.prepare(ws);
      for (let i = 1; i <= k; i++) {
        ws.stat[i] = student.statistic(ws, i);
        expect(ws.stat[i]).toBeCloseTo(c.student.t[i - 1], 8);
        expect(student.pValue(ws, i)).toBeCloseTo(c.student.singleStep[i - 1], 4);
      }
    }, 60_000);

    it(`${c.name}, ${c.sides}-sided: Hochberg and Holm decisions on Welch p-values as p.adjust`, () => {
      const welch = (l: number) => new WelchTest(o(l), 200, k + 1);
      checkDecisions(c, welch, 'hochberg', c.welch.hochberg);
      checkDecisions(c, welch, 'holm', c.welch.holm);
      const ws = workspace(c);
      const test = welch(0.05);
      test.prepare();
      for (let i = 1; i <= k; i++) {
        ws.stat[i] = test.statistic(ws, i);
        expect(test.pValue(ws, i)).toBeCloseTo(c.welch.raw[i - 1], 10);
      }
    });
  }
});

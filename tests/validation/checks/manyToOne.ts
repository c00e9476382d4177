/** Many-to-one procedures against R on fixed data (tests/fixtures/manyToOne, mvtnorm 1.1-3, multcomp 1.4, p.adjust). */
import { decide } from '../../../src/core/sim/decide.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { DunnettTest } from '../../../src/core/hypothesis/dunnett.ts';
import type { ComparisonTest } from '../../../src/core/hypothesis/types.ts';
import { WelchTest } from '../../../src/core/hypothesis/welch.ts';
import { WelchDunnettTest } from '../../../src/core/hypothesis/welchDunnett.ts';
import type { Multiplicity } from '../../../src/core/scenario/types.ts';
import { err, fixture, sci, worst, type ValidationRow } from '../kit.ts';

const cases = fixture<any[]>('manyToOne/many-to-one.json');
const FILE = 'tests/core/hypothesis/manyToOne.test.ts';
const LEVELS = [0.01, 0.02, 0.05, 0.1, 0.2];
/** mvtnorm's lattice rule is randomised (abseps 2e-6): decisions are compared where R's adjusted p is clear of alpha. */
const CLEAR = 2e-4;

function workspace(c: any): Workspace {
  const ws = new Workspace(c.data.map((d: number[]) => d.length), false, false);
  c.data.forEach((d: number[], j: number) => {
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    ws.m[j] = d.length;
    ws.mean[j] = mean;
    ws.ss[j] = d.reduce((a, b) => a + (b - mean) ** 2, 0);
  });
  return ws;
}

/** Decisions of decide() against "R's adjusted p ≤ level": [agreeing, compared]. */
function agreement(make: (c: any, level: number) => ComparisonTest, rule: Multiplicity, adjusted: (c: any) => number[]): [number, number] {
  let same = 0;
  let n = 0;
  for (const c of cases)
    for (const level of LEVELS) {
      const ws = workspace(c);
      decide(ws, make(c, level), rule, level, new Int32Array(ws.arms));
      adjusted(c).forEach((p, r) => {
        if (Math.abs(p - level) < CLEAR) return;
        n++;
        if (ws.reject[r + 1] === (p <= level ? 1 : 0)) same++;
      });
    }
  return [same, n];
}

/** Single-step adjusted p-values of arm 1..k. */
function pValues(make: (c: any) => ComparisonTest, want: (c: any) => number[]): [number, number][] {
  return cases.flatMap((c) => {
    const ws = workspace(c);
    const t = make(c);
    t.prepare(ws);
    return want(c).map((p, i) => {
      ws.stat[i + 1] = t.statistic(ws, i + 1);
      return [t.pValue(ws, i + 1), p] as [number, number];
    });
  });
}

/** Bonferroni: the engine's test holds level/k itself (sim/decide.ts), so it is built at level/k here. */
const S = 'Multiplicity (against R on fixed data)';
const o = (c: any, level: number) => ({ level, sides: c.sides as 1 | 2, sign: 1 as const });

function decisions(method: string, reference: string, r: [number, number]): ValidationRow {
  return { section: S, method, reference, tolerance: 'every decision equal', result: `${r[0]} of ${r[1]} decisions equal (5 levels, 12 data sets)`, pass: r[0] === r[1] && r[1] > 0, testFile: FILE };
}

/** Dunnett (Student), Dunnett step-down, Hasler–Hothorn, Holm, Hochberg. */
export function manyToOneChecks(): ValidationRow[] {
  const arms = (c: any) => c.data.length;
  const welchDunnett = (c: any, l: number) => new WelchDunnettTest(o(c, l), arms(c));
  const student = (c: any, l: number) => new DunnettTest(o(c, l), arms(c), true);
  const welch = (c: any, l: number) => new WelchTest(o(c, l), 200, arms(c));
  const hh = worst(pValues((c) => welchDunnett(c, 0.05), (c) => c.welch.hhSingleStep), 0, 1e-4);
  const dun = worst(pValues((c) => student(c, 0.05), (c) => c.student.singleStep), 0, 1e-4);
  const p = (w: ReturnType<typeof worst>) => `max ${err(w.absErr)} over ${w.n} adjusted p-values`;
  const mv = 'R 4.2 mvtnorm 1.1-3 pmvt';
  return [
    { section: S, method: 'Dunnett single-step adjusted p (Student)', reference: `${mv} via multcomp 1.4 glht`, tolerance: '1e-4 absolute (R randomised QMC)', result: p(dun), pass: dun.ok, testFile: FILE },
    decisions('Dunnett single-step decisions (Student)', 'multcomp 1.4 adjusted("single-step")', agreement(student, 'dunnett', (c) => c.student.singleStep)),
    decisions('Dunnett step-down decisions (Student)', 'multcomp 1.4 adjusted("free")', agreement(student, 'dunnett-stepdown', (c) => c.student.free)),
    { section: S, method: 'Hasler–Hothorn adjusted p (Welch + Dunnett)', reference: `${mv}, Hasler & Hothorn (2008) as SimComp`, tolerance: '1e-4 absolute (R randomised QMC)', result: p(hh), pass: hh.ok, testFile: FILE },
    decisions('Hasler–Hothorn single-step decisions', `${mv}, Hasler & Hothorn (2008)`, agreement(welchDunnett, 'dunnett', (c) => c.welch.hhSingleStep)),
    decisions('Hasler–Hothorn step-down decisions', `${mv}, closed test`, agreement(welchDunnett, 'dunnett-stepdown', (c) => c.welch.hhStepDown)),
    decisions('Bonferroni decisions (Welch p)', 'R p.adjust(method = "bonferroni") of raw Welch p', agreement((c, l) => welch(c, l / (arms(c) - 1)), 'bonferroni', (c) => c.welch.raw.map((x: number) => Math.min(1, x * c.welch.raw.length)))),
    decisions('Holm decisions (Welch p)', 'R p.adjust(method = "holm")', agreement(welch, 'holm', (c) => c.welch.holm)),
    decisions('Hochberg decisions (Welch p)', 'R p.adjust(method = "hochberg")', agreement(welch, 'hochberg', (c) => c.welch.hochberg)),
  ];
}

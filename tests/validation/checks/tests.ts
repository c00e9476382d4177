/** Per-trial test statistics and p-values against scipy (tests/fixtures/tests/make_test_fixtures.py). */
import { summarizeArm } from '../../../src/core/sim/generators/summarize.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { AncovaTest } from '../../../src/core/hypothesis/ancova.ts';
import { ChiSquareTest } from '../../../src/core/hypothesis/chiSquare.ts';
import { FisherTest } from '../../../src/core/hypothesis/fisher.ts';
import { MannWhitneyTest } from '../../../src/core/hypothesis/mannWhitney.ts';
import { StudentTest } from '../../../src/core/hypothesis/student.ts';
import { WelchTest } from '../../../src/core/hypothesis/welch.ts';
import type { ComparisonTest, TestOptions } from '../../../src/core/hypothesis/types.ts';
import { err, fixture, sci, worst, type ValidationRow } from '../kit.ts';

const fx = fixture('tests/tests.json');
const FILE = 'tests/core/hypothesis/kernels.test.ts';
const TOL = 1e-10;

function ws2(control: number[], treatment: number[], base?: [number[], number[]]): Workspace {
  const ws = new Workspace([control.length, treatment.length], true, base !== undefined);
  [control, treatment].forEach((v, j) => {
    ws.m[j] = v.length;
    ws.data[j].set(v);
    if (base) ws.base[j].set(base[j]);
    summarizeArm(ws, j);
  });
  return ws;
}

function binary(b: any): Workspace {
  const ws = new Workspace([b.m0, b.m1], false, false);
  ws.m.set([b.m0, b.m1]);
  ws.successes.set([b.x0, b.x1]);
  return ws;
}

/** The p-value of arm 1 against control. */
function p(test: ComparisonTest, ws: Workspace): number {
  test.prepare(ws);
  ws.stat[1] = test.statistic(ws, 1);
  return test.pValue(ws, 1);
}

const o = (sides: 1 | 2, sign: 1 | -1 = 1): TestOptions => ({ level: 0.05, sides, sign });

function row(method: string, reference: string, pairs: [number, number][]): ValidationRow {
  const w = worst(pairs, 0, TOL);
  return { section: 'Tests (one trial)', method, reference, tolerance: `${sci(TOL)} absolute`, result: `max ${err(w.absErr)} over ${w.n} p-values`, pass: w.ok, testFile: FILE };
}

/** Student, Welch, Mann–Whitney, ANCOVA, chi-square and Fisher p-values on fixed data sets. */
export function testChecks(): ValidationRow[] {
  const cont = fx.continuous as any[];
  const student = cont.flatMap((c) => [
    [p(new StudentTest(o(2), 100, 2), ws2(c.control, c.treatment)), c.student.p2],
    [p(new StudentTest(o(1), 100, 2), ws2(c.control, c.treatment)), c.student.p1],
  ]) as [number, number][];
  const welch = cont.flatMap((c) => [
    [p(new WelchTest(o(2), 100, 2), ws2(c.control, c.treatment)), c.welch.p2],
    [p(new WelchTest(o(1), 100, 2), ws2(c.control, c.treatment)), c.welch.p1],
  ]) as [number, number][];
  const mw = [
    ...cont.flatMap((c) => [
      [p(new MannWhitneyTest(o(2), 2), ws2(c.control, c.treatment)), c.mannWhitney.p2],
      [p(new MannWhitneyTest(o(1), 2), ws2(c.control, c.treatment)), c.mannWhitney.p1],
      [p(new MannWhitneyTest(o(1, -1), 2), ws2(c.control, c.treatment)), c.mannWhitney.p1less],
    ]),
    ...(fx.ties as any[]).flatMap((c) => [
      [p(new MannWhitneyTest(o(2), 2), ws2(c.control, c.treatment)), c.p2],
      [p(new MannWhitneyTest(o(1), 2), ws2(c.control, c.treatment)), c.p1],
    ]),
  ] as [number, number][];
  const ancova = cont.flatMap((c) => {
    const a = c.ancova;
    const b: [number[], number[]] = [a.x0, a.x1];
    return [
      [p(new AncovaTest(o(2), 100, 2), ws2(a.y0, a.y1, b)), a.p2],
      [p(new AncovaTest(o(1), 100, 2), ws2(a.y0, a.y1, b)), a.p1],
    ];
  }) as [number, number][];
  const bin = fx.binary as any[];
  const fisher = bin.flatMap((b) => [
    [p(new FisherTest(o(2)), binary(b)), b.fisher2],
    [p(new FisherTest(o(1)), binary(b)), b.fisherGreater],
    [p(new FisherTest(o(1, -1)), binary(b)), b.fisherLess],
  ]) as [number, number][];
  const chi = bin
    .filter((b) => b.chiP2 !== null)
    .flatMap((b) => [
      [p(new ChiSquareTest(o(2)), binary(b)), b.chiP2],
      [p(new ChiSquareTest(o(1)), binary(b)), b.chiP1],
    ]) as [number, number][];
  const sp = 'scipy.stats';
  return [
    row('Student t test', `${sp}.ttest_ind (equal_var=True)`, student),
    row('Welch t test', `${sp}.ttest_ind (equal_var=False)`, welch),
    row('Mann–Whitney U (normal approximation, tie and continuity corrections)', `${sp}.mannwhitneyu (asymptotic)`, mw),
    row('ANCOVA (baseline-adjusted t)', 'numpy least squares + scipy.stats.t', ancova),
    row('Chi-square test (Pearson, no continuity correction)', `${sp}.chi2_contingency (correction=False)`, chi),
    row('Fisher exact test', `${sp}.fisher_exact`, fisher),
  ];
}

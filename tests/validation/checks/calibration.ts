/**
 * Calibration: with no effect, each test and each multiplicity rule rejects at alpha (family-wise for the
 * rules), within 4 Monte Carlo SEs. Fixed seeds, the scenarios of tests/core/sim/calibration.test.ts.
 */
import { simulate } from '../../../src/core/engine.ts';
import { scenario } from '../../core/sim/helpers.ts';
import { calibration, type ValidationRow } from '../kit.ts';

const SIMS = 20_000;
const FILE = 'tests/core/sim/calibration.test.ts';
const SELF = 'tests/validation/checks/calibration.ts';
const sim = (extra: Record<string, unknown>) => simulate(scenario({ simulation: { sims: SIMS, seed: 'null' }, ...extra }));

function row(section: string, method: string, rate: number, atMost = false, testFile = FILE, slack = 0): ValidationRow {
  const c = calibration(rate, 0.05, SIMS, slack, atMost);
  const reference = atMost ? 'size ≤ α under H0 (a conservative procedure)' : 'exact size α under H0';
  return { section, method, reference, tolerance: c.tolerance, result: c.result, pass: c.ok, testFile };
}

/** Null rejection rates of the tests (unequal SDs, 10% dropout) and the family-wise rates of the rules (4 arms). */
export function calibrationChecks(): ValidationRow[] {
  const rows: ValidationRow[] = [];
  const NAMES = { student: 'Student', welch: 'Welch', 'mann-whitney': 'Mann–Whitney', ancova: 'ANCOVA' } as const;
  for (const test of ['student', 'welch', 'mann-whitney', 'ancova'] as const) {
    const pooled = test === 'student' || test === 'ancova';
    const r = sim({
      endpoint: { type: 'continuous', baselineCorrelation: 0.5 },
      arms: [{ label: 'C', mean: 1, sd: pooled ? 2 : 1 }, { label: 'T', mean: 1, sd: 2 }],
      analysis: { test, alpha: 0.05, sides: 2 },
      design: { nPerArm: [15], dropout: 0.1 },
    });
    rows.push(row('Calibration (size under no effect)', `${NAMES[test]}, two-sided, n = 15, 10% dropout${pooled ? '' : ', SDs 1 and 2'}`, r.rows[0].power));
  }
  const binary = { endpoint: { type: 'binary' }, arms: [{ label: 'C', rate: 0.35 }, { label: 'T', rate: 0.35 }], design: { nPerArm: [100] } };
  rows.push(row('Calibration (size under no effect)', 'Chi-square, two-sided, n = 100, rate 0.35', sim({ ...binary, analysis: { test: 'chi-square', alpha: 0.05, sides: 2 } }).rows[0].power));
  rows.push(row('Calibration (size under no effect)', 'Fisher, two-sided, n = 100, rate 0.35', sim({ ...binary, analysis: { test: 'fisher', alpha: 0.05, sides: 2 } }).rows[0].power, true));
  const arms = ['C', 'Low', 'Mid', 'High'].map((label) => ({ label, mean: 0, sd: 1 }));
  const fw = (test: string, multiplicity: string, design: Record<string, unknown> = { nPerArm: [20] }) =>
    sim({ arms, analysis: { test, alpha: 0.05, sides: 2, multiplicity }, design }).points[0].anyPower;
  const M = 'Multiplicity (family-wise rate, 3 arms vs control)';
  rows.push(row(M, 'Dunnett (Student), n = 20, 10% dropout', fw('student', 'dunnett', { nPerArm: [20], dropout: 0.1 })));
  rows.push(row(M, 'Dunnett step-down (Student), n = 20', fw('student', 'dunnett-stepdown'), false, SELF));
  // Hasler–Hothorn plugs sample variances into the correlation and df: approximate, ±0.006 stated (docs/scenario-format.md).
  const hh = sim({ arms: arms.map((a, i) => ({ ...a, sd: i === 0 ? 4 : 1 })), analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'dunnett' }, design: { nPerArm: [10] } });
  rows.push(row(M, 'Hasler–Hothorn (Welch + Dunnett), n = 10, control SD 4× the others', hh.points[0].anyPower, false, 'tests/core/sim/manyToOneCalibration.test.ts', 0.006));
  rows.push(row(M, 'Bonferroni (Welch), n = 20', fw('welch', 'bonferroni'), true));
  rows.push(row(M, 'Holm (Welch), n = 20', fw('welch', 'holm'), true));
  rows.push(row(M, 'Hochberg (Welch), n = 20', fw('welch', 'hochberg'), true, SELF));
  return rows;
}

import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { scenario, tol } from './helpers.ts';

/**
 * Family-wise error under no effect, normal data: points[].anyPower within 4 Monte Carlo SEs of
 * alpha, plus a stated tolerance where the method is an approximation. Hasler–Hothorn plugs the
 * sample variances into the correlation and df, so its rate is not exactly alpha at small n:
 * measured within ±0.6 points of 5% at n ≥ 10 per arm for SD ratios up to 4 (docs/scenario-format.md).
 */
const SIMS = 20_000;
const TIMEOUT = 60_000;
const ALPHA = 0.05;
const HH_TOLERANCE = 0.006;

type Arm = { label: string; mean: number; sd: number; dropout?: number };
const arms = (sds: number[], means: number[] = sds.map(() => 0)): Arm[] => sds.map((sd, i) => ({ label: `A${i}`, mean: means[i], sd }));

function run(a: Arm[], analysis: Record<string, unknown>, design: Record<string, unknown>, seed: string) {
  const s = scenario({ arms: a, analysis: { alpha: ALPHA, sides: 2, ...analysis }, design, simulation: { sims: SIMS, seed } });
  return simulate(s);
}

describe('Welch + Dunnett (Hasler–Hothorn) controls the family-wise rate at n ≥ 10 per arm', () => {
  const cases: [string, number[], Record<string, unknown>, Record<string, unknown>][] = [
    ['control SD 4× the treatment SDs', [4, 1, 1, 1], { sides: 2 }, { nPerArm: [10] }],
    ['treatment SDs 4× the control SD', [1, 4, 4, 4], { sides: 2 }, { nPerArm: [10] }],
    ['mixed SDs 1, 4, 1, 2, allocation 2:1', [1, 4, 1, 2], { sides: 2 }, { nPerArm: [10], allocation: 2 }],
    ['control SD 4×, allocation 1:2, 20% dropout', [4, 1, 1, 1], { sides: 2 }, { nPerArm: [26], allocation: 0.5, dropout: 0.2 }],
    ['five arms, treatment SDs 4×, one-sided', [1, 4, 4, 4, 4, 4], { sides: 1 }, { nPerArm: [10] }],
    ['equal SDs, one-sided, 10% dropout', [1, 1, 1, 1], { sides: 1 }, { nPerArm: [12], dropout: 0.1 }],
  ];
  for (const [label, sds, analysis, design] of cases) {
    it(label, () => {
      const r = run(arms(sds), { test: 'welch', multiplicity: 'dunnett', ...analysis }, design, `hh-${label}`);
      const p = r.points[0].anyPower;
      expect(Math.abs(p - ALPHA), `family-wise rate ${p}`).toBeLessThan(tol(ALPHA, SIMS) + HH_TOLERANCE);
    }, TIMEOUT);
  }

  it('the pooled-variance Dunnett test on the same data does not (why the Welch version exists)', () => {
    const r = run(arms([4, 1, 1, 1]), { test: 'student', multiplicity: 'dunnett' }, { nPerArm: [10], allocation: 2 }, 'pooled');
    expect(r.points[0].anyPower).toBeGreaterThan(0.09);
  }, TIMEOUT);
});

describe('step-down Dunnett and Hochberg control the family-wise rate', () => {
  // Under the global null the step-down rejects anything exactly when the single-step test does.
  it('step-down equals single-step under the global null (Welch and Student)', () => {
    for (const test of ['welch', 'student'] as const) {
      const design = { nPerArm: [15], dropout: 0.1 };
      const a = run(arms([2, 1, 1, 1]), { test, multiplicity: 'dunnett' }, design, 'sd');
      const b = run(arms([2, 1, 1, 1]), { test, multiplicity: 'dunnett-stepdown' }, design, 'sd');
      expect(b.points[0].anyPower).toBe(a.points[0].anyPower);
    }
  }, TIMEOUT);

  // Partial null: two arms with a large effect are rejected first, so the null arm is tested at the
  // last step against its own marginal critical value — the least protected case for a step-down.
  for (const [test, sds] of [['welch', [4, 1, 1, 1]], ['student', [1, 1, 1, 1]]] as const) {
    it(`step-down, ${test}: a true null arm among two large effects is rejected at ≤ alpha`, () => {
      const r = run(arms([...sds], [0, 6, 6, 0]), { test, multiplicity: 'dunnett-stepdown' }, { nPerArm: [12] }, `partial-${test}`);
      const nullArm = r.rows.find((x) => x.arm === 'A3')!.power;
      expect(nullArm).toBeLessThan(ALPHA + tol(ALPHA, SIMS) + (test === 'welch' ? HH_TOLERANCE : 0));
      expect(r.rows.find((x) => x.arm === 'A1')!.power).toBeGreaterThan(0.99);
    }, TIMEOUT);
  }

  it('Hochberg (Welch): global null at or below alpha, and a null arm among large effects at ≤ alpha', () => {
    const g = run(arms([2, 1, 1, 1]), { test: 'welch', multiplicity: 'hochberg' }, { nPerArm: [15], dropout: 0.1 }, 'hoch');
    expect(g.points[0].anyPower).toBeLessThan(ALPHA + tol(ALPHA, SIMS));
    expect(g.points[0].anyPower).toBeGreaterThan(0.035);
    const holm = run(arms([2, 1, 1, 1]), { test: 'welch', multiplicity: 'holm' }, { nPerArm: [15], dropout: 0.1 }, 'hoch');
    expect(g.points[0].anyPower).toBeGreaterThanOrEqual(holm.points[0].anyPower); // same p-values: Hochberg rejects whatever Holm does
    const p = run(arms([2, 1, 1, 1], [0, 3, 3, 0]), { test: 'welch', multiplicity: 'hochberg' }, { nPerArm: [15] }, 'hoch-partial');
    expect(p.rows.find((x) => x.arm === 'A3')!.power).toBeLessThan(ALPHA + tol(ALPHA, SIMS));
  }, TIMEOUT);
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fisherExactOneSided, fisherTwoSidedPValues, hypergeometricPmfTable } from '../../../src/core/distributions/hypergeometric.ts';
import { binaryEnumeration, enumerationSize, MAX_ENUMERATED_TABLES } from '../../../src/core/power/binaryEnumeration.ts';
import { fisherRegion } from '../../../src/core/power/fisherRegion.ts';
import { analyticPower } from '../../../src/core/results/analytic.ts';
import { planPoints } from '../../../src/core/sim/plan.ts';
import { scenario } from '../sim/helpers.ts';
import { binomialPmfTable } from '../../../src/core/distributions/binomial.ts';
import { ChiSquareTest } from '../../../src/core/hypothesis/chiSquare.ts';
import { Workspace } from '../../../src/core/workspace.ts';

interface Case {
  test: 'chi-square' | 'fisher';
  p0: number;
  p1: number;
  n0: number;
  n1: number;
  drop0: number;
  drop1: number;
  sides: 1 | 2;
  alpha: number;
  direction: 1 | -1;
  power: number;
  benefit: number;
}
const cases = JSON.parse(readFileSync('tests/fixtures/power/binary_exact.json', 'utf8')) as Case[];

describe('exact binary power by enumeration', () => {
  it('matches brute-force scipy enumeration (fisher_exact, chi2_contingency), dropout included, to 1e-8', () => {
    expect(cases.length).toBe(10);
    for (const c of cases) {
      const r = binaryEnumeration({ ...c, options: { level: c.alpha, sides: c.sides, sign: c.direction } });
      expect(Math.abs(r.power - c.power), JSON.stringify(c)).toBeLessThan(1e-8);
      expect(Math.abs(r.benefit - c.benefit), JSON.stringify(c)).toBeLessThan(1e-8);
    }
  });

  it("Fisher's rejection region equals p ≤ level from the full p-value tables, every margin up to 14 × 14", () => {
    const reject = new Uint8Array(20);
    const wrong: string[] = [];
    let checked = 0;
    for (let m1 = 0; m1 <= 14; m1++)
      for (let m0 = 0; m0 <= 14; m0++)
        for (let s = 0; s <= m0 + m1; s++) {
          const { lo, pmf } = hypergeometricPmfTable(s, m1, m0);
          const two = fisherTwoSidedPValues(s, m1, m0).pValues;
          const greater = pmf.map((_, i) => fisherExactOneSided(lo + i, m1, s, m0, 'greater'));
          const less = pmf.map((_, i) => fisherExactOneSided(lo + i, m1, s, m0, 'less'));
          for (const level of [0.01, 0.05, 0.1, 0.3]) {
            for (const [sides, sign, p] of [[2, 1, two], [1, 1, greater], [1, -1, less]] as const) {
              fisherRegion(pmf, level, sides, sign, reject);
              for (let i = 0; i < pmf.length; i++) if (reject[i] !== (p[i] <= level ? 1 : 0)) wrong.push(`${m0} ${m1} ${s} ${i} ${sides} ${sign} ${level}`);
            }
            checked++;
          }
        }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it("chi-square decides every table as the engine's ChiSquareTest does (brute force through the engine's test)", () => {
    const ws = new Workspace([30, 30], false, false);
    for (const [n0, n1, p0, p1] of [[7, 9, 0.2, 0.6], [12, 12, 0.5, 0.5], [20, 13, 0.9, 0.7], [3, 3, 0.3, 0.3]])
      for (const sides of [1, 2] as const)
        for (const sign of [1, -1] as const) {
          const options = { level: 0.05, sides, sign };
          const test = new ChiSquareTest(options);
          let power = 0;
          let benefit = 0;
          const b0 = binomialPmfTable(n0, p0);
          const b1 = binomialPmfTable(n1, p1);
          ws.m[0] = n0;
          ws.m[1] = n1;
          for (let x0 = 0; x0 <= n0; x0++)
            for (let x1 = 0; x1 <= n1; x1++) {
              ws.successes[0] = x0;
              ws.successes[1] = x1;
              ws.stat[1] = test.statistic(ws, 1);
              if (!test.rejects(ws, 1)) continue;
              power += b0[x0] * b1[x1];
              if (ws.stat[1] > 0) benefit += b0[x0] * b1[x1];
            }
          const r = binaryEnumeration({ test: 'chi-square', p0, p1, n0, n1, drop0: 0, drop1: 0, options });
          expect(r.power).toBeCloseTo(power, 14);
          expect(r.benefit).toBeCloseTo(benefit, 14);
        }
  });

  it('analyticPower is exact below the size limit and the normal approximation, saying why, above it', () => {
    const s = scenario({
      endpoint: { type: 'binary' },
      arms: [
        { label: 'C', rate: 0.37 },
        { label: 'T', rate: 0.33 },
      ],
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2 },
      design: { nPerArm: [27, 800], dropout: 0.056 },
    });
    const [small, big] = planPoints(s).map((p) => analyticPower(s, p, 1));
    expect(small.method).toBe('exact: every 2×2 outcome enumerated, averaged over the binomial number of completers');
    expect(small.value).toBeCloseTo(cases[3].power, 8);
    expect(small.benefit).toBeCloseTo(cases[3].benefit, 8);
    expect(enumerationSize(800, 800, 0.056, 0.056)).toBeGreaterThan(MAX_ENUMERATED_TABLES['chi-square']);
    expect(big.method).toMatch(/^normal approximation, at expected completers \(too many outcomes to enumerate exactly/);
    expect(big.benefit!).toBeLessThan(big.value!);
  });
});

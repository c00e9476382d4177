import { describe, expect, it } from 'vitest';
import { alphaSpending } from '../../../src/core/interim/spending.ts';
import { integrationGrid } from '../../../src/core/interim/grid.ts';
import { normalCdf, normalPdf } from '../../../src/core/distributions/normal.ts';

describe('Lan–DeMets alpha spending in rpact\'s forms', () => {
  it('matches rpact 3.3.4 alphaSpent (getDesignGroupSequential, informationRates 0.3, 0.6, 1)', () => {
    // Printed by rpact: asOF alpha 0.025 and 0.05, asP alpha 0.025 and 0.05.
    const of025 = [4.272579e-5, 0.003808063, 0.025];
    const of05 = [0.0003457196, 0.01139642, 0.05];
    const p025 = [0.01039338, 0.01771283, 0.025];
    const p05 = [0.02078676, 0.03542565, 0.05];
    [0.3, 0.6, 1].forEach((t, k) => {
      // rpact printed 7 significant digits.
      const rel = (a: number, b: number) => expect(Math.abs(a / b - 1)).toBeLessThan(1e-6);
      rel(alphaSpending('obrien-fleming', 0.025, t), of025[k]);
      rel(alphaSpending('obrien-fleming', 0.05, t), of05[k]);
      rel(alphaSpending('pocock', 0.025, t), p025[k]);
      rel(alphaSpending('pocock', 0.05, t), p05[k]);
    });
  });

  it('spends nothing at t = 0, all of alpha at t = 1, and rises in between; none spends only at the end', () => {
    for (const kind of ['obrien-fleming', 'pocock'] as const) {
      expect(alphaSpending(kind, 0.05, 0)).toBe(0);
      expect(alphaSpending(kind, 0.05, 1)).toBe(0.05);
      let prev = 0;
      for (let t = 0.05; t < 1; t += 0.05) {
        const a = alphaSpending(kind, 0.05, t);
        expect(a).toBeGreaterThan(prev);
        prev = a;
      }
      expect(prev).toBeLessThan(0.05);
    }
    expect(alphaSpending('none', 0.025, 0.99)).toBe(0);
    expect(alphaSpending('none', 0.025, 1)).toBe(0.025);
  });

  it("O'Brien–Fleming type spends far less early than Pocock type", () => {
    expect(alphaSpending('obrien-fleming', 0.025, 0.25)).toBeLessThan(alphaSpending('pocock', 0.025, 0.25) / 50);
  });
});

describe("Jennison & Turnbull's integration grid", () => {
  const integrate = (mean: number, lo: number, hi: number) => {
    const g = integrationGrid(mean, lo, hi);
    let s = 0;
    for (let i = 0; i < g.z.length; i++) s += g.w[i] * normalPdf(g.z[i] - mean);
    return s;
  };

  // Measured at r = 18: 2.3e-7 over the line (Simpson on the log-spaced tails), ≤ 4.3e-9 over the finite ranges.
  it('integrates the normal density over the line to 5e-7 and over finite ranges to 1e-8', () => {
    expect(Math.abs(integrate(1.3, -Infinity, Infinity) - 1)).toBeLessThan(5e-7);
    expect(integrate(0, -0.4, 2.1)).toBeCloseTo(normalCdf(2.1) - normalCdf(-0.4), 8);
    expect(integrate(2.8, 0, 4.2)).toBeCloseTo(normalCdf(1.4) - normalCdf(-2.8), 8);
  });

  it('has 2m − 1 points (midpoints between the kept base points) and is empty where no mass lies', () => {
    const g = integrationGrid(0, -Infinity, Infinity, 18);
    expect(g.z.length).toBe(2 * (6 * 18 - 1) - 1);
    expect(integrationGrid(0, 20, Infinity).z.length).toBe(0);
    expect(integrationGrid(0, 1, 1).z.length).toBe(0);
  });
});

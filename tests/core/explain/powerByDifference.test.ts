import { describe, expect, it } from 'vitest';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { binomialPmf, tol } from './helpers.ts';

/** Exact chi-square power by enumeration, written out here independently of src/core/power. */
function chiSquarePower(p0: number, p1: number, n0: number, n1: number): number {
  const a = binomialPmf(n0, p0);
  const b = binomialPmf(n1, p1);
  let power = 0;
  for (let x0 = 0; x0 <= n0; x0++)
    for (let x1 = 0; x1 <= n1; x1++) {
      const p = (x0 + x1) / (n0 + n1);
      if (p <= 0 || p >= 1) continue;
      const z = (x1 / n1 - x0 / n0) / Math.sqrt(p * (1 - p) * (1 / n0 + 1 / n1));
      if (Math.abs(z) > 1.959963984540054) power += a[x0] * b[x1];
    }
  return power;
}

describe('power by true difference (engine, binary)', () => {
  const params = {
    seed: 'power-test',
    sims: 20_000,
    control: 0.37,
    differences: [-0.2, 0, 0.1, 0.3],
    nControl: 27,
    nTreatment: 24,
    test: 'chi-square' as const,
    alpha: 0.05,
  };
  const r = runLocally('power-by-difference', params);

  it('matches exact enumeration at every difference', () => {
    for (const pt of r.points) {
      const exact = chiSquarePower(0.37, 0.37 + pt.difference, 27, 24);
      expect(Math.abs(pt.exact - exact)).toBeLessThan(1e-9);
      expect(Math.abs(pt.power.value - exact)).toBeLessThan(tol(exact, params.sims));
    }
  });

  it('is reproducible from the seed and changes with it', () => {
    const again = runLocally('power-by-difference', params);
    expect(again).toEqual(r);
    const other = runLocally('power-by-difference', { ...params, seed: 'another' });
    expect(other.points.map((p) => p.power.value)).not.toEqual(r.points.map((p) => p.power.value));
  });

  it('gives each difference its own stream: a point does not depend on the rest of the grid', () => {
    const one = runLocally('power-by-difference', { ...params, differences: [0.1] });
    expect(one.points[0]).toEqual(r.points[2]);
  });

  it('refuses a difference that leaves [0, 1]', () => {
    expect(() => runLocally('power-by-difference', { ...params, differences: [0.7] })).toThrow(/outside \[0, 1\]/);
  });
});

describe('dilution', () => {
  const params = {
    seed: 'dilution-test',
    sims: 20_000,
    control: 0.37,
    benefit: 0.3,
    shares: [0, 0.45, 1],
    nControl: 27,
    nTreatment: 24,
    test: 'chi-square' as const,
    alpha: 0.05,
  };
  const r = runLocally('dilution', params);

  it('shrinks the whole-trial difference to share × benefit, and power with it (exact enumeration)', () => {
    r.points.forEach((pt, i) => {
      expect(pt.difference).toBeCloseTo(params.shares[i] * 0.3, 12);
      const exact = chiSquarePower(0.37, 0.37 + pt.difference, 27, 24);
      expect(Math.abs(pt.power.value - exact)).toBeLessThan(tol(exact, params.sims));
    });
    expect(r.points[1].power.value).toBeLessThan(r.points[2].power.value);
  });
});

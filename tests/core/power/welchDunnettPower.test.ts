import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { welchDunnettPower } from '../../../src/core/power/welchDunnettPower.ts';
import { welchPower } from '../../../src/core/power/welchPower.ts';
import { scenario, tol } from '../sim/helpers.ts';

describe('closed form beside Welch + Dunnett (Hasler–Hothorn)', () => {
  it('with one treatment arm and integer Welch df it is the Welch t-test power', () => {
    // equal SDs and n: ν = 2(n − 1) is whole, so flooring it changes nothing
    for (const n of [8, 30]) {
      const hh = welchDunnettPower({ diff: 0.8, arm: 1, sds: [1, 1], n: [n, n], alpha: 0.05, sides: 2 });
      expect(hh).toBeCloseTo(welchPower({ diff: 0.8, sd1: 1, sd2: 1, n1: n, n2: n, alpha: 0.05, sides: 2 }), 9);
    }
  });

  it('more arms cost power (a larger critical value), and the example holds', () => {
    const two = welchDunnettPower({ diff: 0.8, arm: 1, sds: [1, 1, 1], n: [30, 30, 30], alpha: 0.05, sides: 2 });
    expect(two).toBeCloseTo(0.7948, 4);
    const one = welchDunnettPower({ diff: 0.8, arm: 1, sds: [1, 1], n: [30, 30], alpha: 0.05, sides: 2 });
    expect(two).toBeLessThan(one);
  });

  it('bad input gives NaN, never a number', () => {
    expect(welchDunnettPower({ diff: 1, arm: 3, sds: [1, 1, 1], n: [10, 10, 10], alpha: 0.05, sides: 2 })).toBeNaN();
    expect(welchDunnettPower({ diff: 1, arm: 1, sds: [1, 0, 1], n: [10, 10, 10], alpha: 0.05, sides: 2 })).toBeNaN();
    expect(welchDunnettPower({ diff: 1, arm: 1, sds: [1, 1, 1], n: [10, 1, 10], alpha: 0.05, sides: 2 })).toBeNaN();
  });

  it('its benefit tail is the upper tail alone: the two tails add up to the two-sided power', () => {
    const input = { diff: -0.4, arm: 2, sds: [2, 1, 1], n: [12, 12, 12], alpha: 0.05, sides: 2 as const };
    const both = welchDunnettPower(input);
    const benefit = welchDunnettPower({ ...input, benefitOnly: true });
    const harm = welchDunnettPower({ ...input, diff: 0.4, benefitOnly: true });
    expect(benefit).toBeLessThan(harm);
    expect(benefit + harm).toBeCloseTo(both, 12);
  });

  it('agrees with the simulation within 4 MC SEs + 0.015 on normal data at n ≥ 10 (SD ratios 3 and 2, dropout)', () => {
    const SIMS = 10_000;
    for (const [sds, dropout] of [[[3, 1, 1, 1], 0], [[1, 2, 2, 2], 0.1]] as const) {
      const s = scenario({
        arms: sds.map((sd, i) => ({ label: `A${i}`, mean: [0, 0.5, 1, 1.5][i] * sds[0], sd })),
        analysis: { test: 'welch', alpha: 0.05, sides: 2, multiplicity: 'dunnett' },
        design: { nPerArm: [10, 30], dropout },
        simulation: { sims: SIMS, seed: 'hh-closed-form' },
      });
      for (const r of simulate(s).rows) {
        expect(r.analyticMethod).toMatch(/Hasler–Hothorn/);
        expect(Math.abs((r.analyticPower as number) - r.power), `${r.arm} n=${r.nPerArm}`).toBeLessThan(tol(r.power, SIMS) + 0.015);
        const benefit = r.analyticPowerBenefit as number;
        expect(Math.abs(benefit - r.powerBenefit), `benefit ${r.arm} n=${r.nPerArm}`).toBeLessThan(tol(r.powerBenefit, SIMS) + 0.015);
      }
    }
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { twoArmInterimPower } from '../../../src/core/interim/twoArmInterimPower.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import type { ResolvedScenario } from '../../../src/core/scenario/types.ts';
import { smallestLookN } from '../../../src/core/solve/smallestLookN.ts';
import { solveN } from '../../../src/core/solve/solveN.ts';

/** Welch, two-sided 5%, d = 0.5, O'Brien–Fleming at 50% and 100% of the patients (issue 12's solver check). */
function gsScenario(rates: number[], sims: number, extra: object = {}): ResolvedScenario {
  const r = validateScenario({
    endpoint: { type: 'continuous' },
    arms: [{ label: 'Control', mean: 0, sd: 1 }, { label: 'Drug', mean: 0.5, sd: 1 }],
    analysis: { test: 'welch', alpha: 0.05, sides: 2 },
    design: { nPerArm: [40], ...extra },
    simulation: { sims, seed: 'solve-gs' },
    interim: { informationRates: rates, efficacy: 'obrien-fleming' },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** The smallest n whose closed-form (known-variance, exactly integrated) power reaches the target. */
function closedFormMaxN(s: ResolvedScenario, target: number): number {
  const i = s.interim!;
  for (let n = 2; n < 1000; n++) {
    const p = twoArmInterimPower(i.bounds, { informationRates: i.informationRates, nControl: n, allocation: 1, sdControl: 1, sdTreatment: 1, difference: 0.5 }).power;
    if (p >= target) return n;
  }
  throw new Error('not reached');
}

describe('solveN on a group-sequential design', () => {
  it("solves the MAXIMUM n of a 2-look O'Brien–Fleming design, d = 0.5, 80%: the closed form's ±2", () => {
    const s = gsScenario([0.5, 1], 40_000);
    const cf = closedFormMaxN(s, 0.8);
    // rpact 4.x getSampleSizeMeans(getDesignGroupSequential(kMax = 2, alpha = 0.025, beta = 0.2, typeOfDesign = "asOF"),
    // alternative = 0.5, stDev = 1): 63.02 per arm with normalApproximation = TRUE (continuous n), 64.00 with the t
    // distribution. The closed form at whole looks: 0.79983 at n = 63, 0.80600 at 64.
    expect(cf).toBe(64);
    const x = solveN(s, 0.8).solution!;
    expect(Math.abs(x.nPerArm! - cf)).toBeLessThanOrEqual(2);
    expect(x.power!).toBeGreaterThanOrEqual(0.8);
    expect(x.powerBelow!).toBeLessThan(0.8);
  });

  it('never tries an n whose looks hold fewer than 2 patients per arm', () => {
    // Looks at 10% and 100%: round(0.1 n) ≥ 2 needs n ≥ 15; a low target drives the search down to its floor.
    const s = gsScenario([0.1, 1], 2_000);
    expect(smallestLookN(s)).toBe(15);
    const x = solveN(s, 0.05).solution!;
    expect(x.nPerArm).toBe(15);
    // The floor is where the search stops, so no n below it was simulated: n − 1 has no power to report.
    expect(x.powerBelow).toBeNull();
  });

  it("the floor holds for the treatment arm too (allocation 0.5 halves it) and is LIMITS.minN without looks", () => {
    expect(smallestLookN(gsScenario([0.1, 1], 100, { allocation: 0.5, nPerArm: [80] }))).toBe(29); // treatment arm round(14.5) = 15, first look round(1.5) = 2
    expect(smallestLookN(gsScenario([0.5, 1], 100))).toBe(3); // looks of round(1.5) = 2 and 3
    const { interim: _, ...plain } = gsScenario([0.5, 1], 100);
    expect(smallestLookN(plain as ResolvedScenario)).toBe(2);
  });
});

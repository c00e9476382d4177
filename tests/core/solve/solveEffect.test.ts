import { describe, expect, it } from 'vitest';
import { effectPlan } from '../../../src/core/effects/effectPlan.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { maxMultiple, scaleEffect } from '../../../src/core/solve/scaleEffect.ts';
import { solveEffect } from '../../../src/core/solve/solveEffect.ts';

function scenario(json: object) {
  const r = validateScenario(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const student = (n: number, sims: number, mean = 0.4) =>
  scenario({
    endpoint: { type: 'continuous' },
    arms: [{ label: 'Control', mean: 10, sd: 2 }, { label: 'Active', mean: 10 + 2 * mean, sd: 2 }],
    analysis: { test: 'student', alpha: 0.05, sides: 2 },
    design: { nPerArm: [n], dropout: 0 },
    simulation: { sims, seed: 'effect' },
  });

describe('solveEffect', () => {
  it('Student at 64 per arm, 80%: d = 0.4991 (R pwr.t.test(n = 64, power = 0.8)), on the analysed scale', () => {
    const e = solveEffect(student(64, 50_000), 0.8)!;
    // Planned d = 0.4 (difference 0.8 on sd 2): the multiple is 0.4991 / 0.4.
    expect(e.closedFormMultiple!).toBeCloseTo(0.4991 / 0.4, 3);
    // 50,000 trials: MCSE 0.18%; dPower/dd ≈ 2.3 at d = 0.5, so 4 MCSE ≈ 0.003 in d (0.006 on this scale).
    expect(Math.abs(e.difference - 2 * 0.4991)).toBeLessThan(0.008);
    expect(e.difference).toBeCloseTo(e.multiple * 0.8, 10);
    expect(e.power).toBeGreaterThanOrEqual(0.8);
    expect(e.nPerArm).toBe(64);
  });

  it('scales every treatment arm by the multiple and stays inside the endpoint (binary rates in [0, 1])', () => {
    const s = scenario({
      endpoint: { type: 'binary' },
      arms: [{ label: 'C', rate: 0.3 }, { label: 'A', rate: 0.4 }, { label: 'B', rate: 0.5 }],
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2 },
      design: { nPerArm: [50], dropout: 0 },
      simulation: { sims: 1000, seed: 'b' },
    });
    expect(effectPlan(scaleEffect(s, 2)).planned.map((p) => +p.toFixed(10))).toEqual([0, 0.2, 0.4]);
    const m = maxMultiple(s);
    expect(0.3 + m * 0.2).toBeLessThanOrEqual(1);
    expect(m).toBeGreaterThan(3.4);
  });

  it('null when even the largest allowed effect falls short (n = 2 per arm, 99.9%)', () => {
    const s = scenario({
      endpoint: { type: 'binary' },
      arms: [{ label: 'C', rate: 0.5 }, { label: 'A', rate: 0.6 }],
      analysis: { test: 'fisher', alpha: 0.05, sides: 2 },
      design: { nPerArm: [2], dropout: 0 },
      simulation: { sims: 500, seed: 'b' },
    });
    expect(solveEffect(s, 0.999)).toBeNull();
  });
});

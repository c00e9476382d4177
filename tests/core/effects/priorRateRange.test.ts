import { describe, expect, it } from 'vitest';
import { effectPlan } from '../../../src/core/effects/effectPlan.ts';
import { priorWeights } from '../../../src/core/effects/priorWeights.ts';
import { priorClampShare } from '../../../src/core/effects/priorRateRange.ts';
import { streamFor } from '../../../src/core/random/index.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { scenario } from '../sim/helpers.ts';

// Two arms: placebo 0.2, treatment 0.7, a design prior of sd 0.15 on the difference.
const twoArm = {
  endpoint: { type: 'binary' },
  arms: [{ label: 'P', rate: 0.2 }, { label: 'T', rate: 0.7 }],
  analysis: { test: 'chi-square', alpha: 0.05, sides: 2 },
  design: { nPerArm: [30] },
  simulation: { sims: 1000, seed: 's' },
  effectPrior: { type: 'normal', sd: 0.15 },
};
// Dose arms (Emax ED50 5, placebo 0.3, 0.3 at dose 10): each arm moves with its own weight.
const doses = {
  ...twoArm,
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.3 } },
  arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.3 } : {}) })),
  effectPrior: { type: 'normal', sd: 0.25 },
};

describe('the design prior holding response rates at 0 or 1', () => {
  it('two arms: the treatment rate 0.7 + ε leaves [0, 1] when ε ∉ [−0.7, 0.3] (scipy)', () => {
    // scipy: norm.cdf(-0.7/0.15) + norm.sf(0.3/0.15)
    expect(priorClampShare(scenario(twoArm))).toBeCloseTo(0.022751662574915725, 12);
  });

  it('dose arms: the closed form matches a direct count of draws with some arm outside [0, 1]', () => {
    const s = scenario(doses);
    const { values } = effectPlan(s);
    const w = priorWeights(s);
    const stream = streamFor('prior-clamp', 1, 0);
    const draws = 200_000;
    let out = 0;
    for (let t = 0; t < draws; t++) {
      const eps = 0.25 * stream.normal();
      let bad = false;
      for (let j = 1; j < values.length; j++) {
        const r = values[j] + w[j] * eps;
        if (r < 0 || r > 1) bad = true;
      }
      out += bad ? 1 : 0;
    }
    const share = priorClampShare(s);
    expect(share).toBeGreaterThan(0.05);
    expect(Math.abs(out / draws - share)).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / draws));
  });

  it('is a warning naming the share and the field; none on a narrow prior, without a prior, or on continuous endpoints', () => {
    const v = validateScenario(twoArm);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.warnings).toContain(
      'Under the design prior 2.3% of assurance trials draw a difference that takes a response rate outside [0, 1]; those rates are held at 0 or 1, ' +
        'so assurance averages over a slightly narrower prior than the normal one written. A smaller effectPrior.sd keeps them inside.',
    );
    const narrow = validateScenario({ ...twoArm, effectPrior: { type: 'normal', sd: 0.05 } });
    expect(narrow.ok && narrow.warnings.some((x) => x.startsWith('Under the design prior'))).toBe(false);
    expect(priorClampShare(scenario({ ...twoArm, effectPrior: undefined }))).toBe(0);
    const continuous = scenario({ ...twoArm, endpoint: { type: 'continuous' }, analysis: { test: 'welch', alpha: 0.05, sides: 2 }, arms: [{ label: 'P', mean: 0, sd: 1 }, { label: 'T', mean: 0.5, sd: 1 }] });
    expect(priorClampShare(continuous)).toBe(0);
  });
});

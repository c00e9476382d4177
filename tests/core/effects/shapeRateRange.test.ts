import { describe, expect, it } from 'vitest';
import { ShapePrior } from '../../../src/core/effects/shapePrior.ts';
import { shapeClampShare, shapeRatesOutside } from '../../../src/core/effects/shapeRateRange.ts';
import { streamFor } from '../../../src/core/random/index.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import { scenario } from '../sim/helpers.ts';

// Placebo 0.3, reference 0.3 at dose 10 (Emax ED50 5): top-dose (20) difference 0.36; a design prior of sd 0.25 on it.
const raw = {
  endpoint: { type: 'binary' },
  doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.3 } },
  arms: [0, 5, 10, 20].map((dose, i) => ({ label: `D${dose}`, dose, ...(i === 0 ? { rate: 0.3 } : {}) })),
  analysis: { test: 'chi-square', alpha: 0.05, sides: 1 },
  design: { nPerArm: [20] },
  simulation: { sims: 1000, seed: 's' },
  effectPrior: { type: 'normal', sd: 0.25 },
  trendTest: { candidates: [{ model: 'emax', ed50: 5 }, { model: 'linear' }, { model: 'quadratic', delta: -0.04 }], shapePrior: [0.5, 0.3, 0.2] },
};
const s = scenario(raw);
const p = new ShapePrior(s, s.trendTest.shapePrior!);

describe('response rates along the shapes stay in [0, 1]', () => {
  it('at the planned anchor every weighted shape is inside (0, 1)', () => {
    expect(p.topPlanned).toBeCloseTo(0.36, 12);
    expect(shapeRatesOutside(p)).toEqual([]);
  });

  it('the closed-form share of prior draws held at 0 or 1 matches a direct count of drawn rates outside [0, 1]', () => {
    const { share, byShape } = shapeClampShare(p, 0.25);
    const draws = 200_000;
    const stream = streamFor('clamp', 1, 0);
    let out = 0;
    for (let t = 0; t < draws; t++) {
      const m = p.pick(stream.uniform());
      const T = p.anchor(0.25 * stream.normal());
      let bad = false;
      for (let j = 1; j < 4; j++) {
        const r = p.value(m, j, T);
        if (r < 0 || r > 1) bad = true;
      }
      out += bad ? 1 : 0;
    }
    expect(share).toBeGreaterThan(0.01); // material here: the anchor passes 1 − 0.3 = 0.7 or falls below −0.3
    expect(Math.abs(out / draws - share)).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / draws));
    // The umbrella peaks above its anchor, so its middle dose leaves [0, 1] first; the monotone shapes leave at the top dose (T < −0.3 or T > 0.7).
    expect(byShape[2]).toBeGreaterThan(byShape[1]);
    expect(byShape[0]).toBeCloseTo(byShape[1], 12);
    // Emax: T = 0.36 + 1.2ε must stay in [−0.3, 0.7]; scipy: norm.cdf(-0.66/1.2/0.25) + norm.sf(0.34/1.2/0.25)
    expect(byShape[0]).toBeCloseTo(0.1424405968559136, 12);
  });

  it('is stated as a warning with the share and per shape; none without an effect prior', () => {
    const v = validateScenario(raw);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const w = v.warnings.find((x) => x.startsWith('Under the design prior'));
    expect(w).toMatch(/^Under the design prior \d+(\.\d)?% of assurance trials draw a top-dose difference that takes a response rate outside \[0, 1\] along their shape \(Emax \(ED50 5\) \d+%, linear \d+%, umbrella \(δ −0\.04\) \d+% of the trials that draw it\); those rates are held at 0 or 1/);
    const noPrior = validateScenario({ ...raw, effectPrior: undefined });
    expect(noPrior.ok && noPrior.warnings.some((x) => x.startsWith('Under the design prior'))).toBe(false);
    expect(shapeClampShare(p, 0).share).toBe(0);
  });
});

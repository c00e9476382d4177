import { describe, expect, it } from 'vitest';
import { doseShape, scaledEffect } from '../../../src/core/doses/shapes.ts';
import { fx, num } from '../mcpmod/fixtures.ts';

describe('doseShape', () => {
  it('matches the standardised DoseFinding shapes written out independently (fixture) to 1e-13 relative', () => {
    expect(fx.shapes.values.length).toBeGreaterThan(80);
    for (const r of fx.shapes.values) {
      const got = doseShape(r.model, r.params, r.dose);
      const want = num(r.f);
      expect(Math.abs(got - want), `${r.model} ${JSON.stringify(r.params)} d=${r.dose}`).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(want)));
    }
  });

  it('is 0 at dose 0 for every shape', () => {
    for (const [m, p] of [['emax', { ed50: 3, hill: 2 }], ['linear', {}], ['log-linear', {}], ['exponential', { delta: 2 }], ['quadratic', { delta: -1 }]] as const)
      expect(doseShape(m, p, 0)).toBe(0);
  });

  it('is NaN for explicit, missing or invalid parameters and negative or NaN doses', () => {
    expect(doseShape('explicit', {}, 1)).toBeNaN();
    expect(doseShape('emax', {}, 1)).toBeNaN();
    expect(doseShape('emax', { ed50: -1 }, 1)).toBeNaN();
    expect(doseShape('exponential', { delta: 0 }, 1)).toBeNaN();
    expect(doseShape('quadratic', {}, 1)).toBeNaN();
    expect(doseShape('linear', {}, -1)).toBeNaN();
    expect(doseShape('linear', {}, NaN)).toBeNaN();
  });

  it('defaults hill and offset to 1; a steep sigmoid Emax stays finite', () => {
    expect(doseShape('emax', { ed50: 10 }, 10)).toBe(0.5); // the JSDoc example
    expect(doseShape('log-linear', {}, Math.E - 1)).toBeCloseTo(1, 14);
    expect(doseShape('emax', { ed50: 1, hill: 20 }, 1e6)).toBe(1);
  });

  it('the quadratic with delta < 0 is an umbrella peaking at −1/(2δ)', () => {
    const f = (d: number) => doseShape('quadratic', { delta: -0.85 }, d);
    const peak = 1 / 1.7;
    expect(f(peak)).toBeGreaterThan(f(peak - 0.05));
    expect(f(peak)).toBeGreaterThan(f(peak + 0.05));
  });
});

describe('scaledEffect', () => {
  it('passes through the reference and matches the fixture', () => {
    for (const r of fx.shapes.scaled) {
      const got = scaledEffect(r.model, r.params, r.reference, r.dose);
      expect(got).toBeCloseTo(num(r.effect), 12);
    }
    const ref = { dose: 10, effect: 0.5 };
    expect(scaledEffect('emax', { ed50: 10, hill: 1 }, ref, 10)).toBe(0.5);
    expect(scaledEffect('emax', { ed50: 10 }, ref, 20)).toBeCloseTo(2 / 3, 14); // JSDoc example
  });

  it('is NaN when the shape is 0 or not finite at the reference dose', () => {
    expect(scaledEffect('quadratic', { delta: -0.5 }, { dose: 2, effect: 1 }, 1)).toBeNaN();
    expect(scaledEffect('exponential', { delta: 1 }, { dose: 1e4, effect: 1 }, 1)).toBeNaN();
    expect(scaledEffect('explicit', {}, { dose: 1, effect: 1 }, 1)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { brentMin } from '../../../../src/core/mcpmod/fit/brent.ts';
import { explicitTargetDose, plannedTargetDose } from '../../../../src/core/mcpmod/fit/plannedTargetDose.ts';
import { firstCrossing, fittedTargetDose } from '../../../../src/core/mcpmod/fit/targetDose.ts';
import { scaledEffect } from '../../../../src/core/doses/shapes.ts';
import type { DoseModel, ShapeParams } from '../../../../src/core/doses/types.ts';

describe('target doses', () => {
  it('brentMin finds a smooth minimum to its tolerance, and an end of the bracket for a monotone function', () => {
    const slot = { x: NaN, fx: NaN };
    expect(brentMin({ value: (x) => Math.cos(x) }, 2, 5, 1e-10, slot).x).toBeCloseTo(Math.PI, 8);
    expect(brentMin({ value: (x) => x }, 1, 2, 1e-10, slot).x).toBeCloseTo(1, 7); // within 2·√ε·x of the end
  });

  it('fittedTargetDose: closed forms by hand; past the top dose or never reached is NaN; lower is better', () => {
    expect(fittedTargetDose('emax', [0, 1.2, 1.5], 1, 0.6, 1, 8)).toBeCloseTo(1.5, 14);
    expect(fittedTargetDose('emax', [0, 1.2, 1.5], 1, 1.2, 1, 8)).toBeNaN();
    expect(fittedTargetDose('emax', [0, 1.2, 15], 1, 0.6, 1, 8)).toBeNaN(); // TD = 15 > 8
    expect(fittedTargetDose('emax', [50, -25, 3], 1, 10, -1, 10)).toBeCloseTo(2, 14); // fall of 10: 10·3/(25 − 10)
    expect(fittedTargetDose('linear', [0, 0.5], 1, 1, 1, 4)).toBe(2);
    expect(fittedTargetDose('linlog', [0, 1], 1, Math.log(3), 1, 4)).toBeCloseTo(2, 14);
    expect(fittedTargetDose('exponential', [0, 1, 2], 1, Math.E - 1, 1, 4)).toBeCloseTo(2, 14);
    // umbrella d − d²/8 peaks at 2 at d = 4: Δ = 1.5 first reached at d = 2
    expect(fittedTargetDose('quadratic', [0, 1, -1 / 8], 1, 1.5, 1, 8)).toBeCloseTo(2, 12);
    expect(fittedTargetDose('quadratic', [0, 1, -1 / 8], 1, 2.5, 1, 8)).toBeNaN();
    expect(fittedTargetDose('sigEmax', [0, 2, 4, 3], 1, 1, 1, 8)).toBeCloseTo(4, 12);
  });

  it('firstCrossing: smallest dose reaching Δ of a non-monotone curve, NaN when never reached', () => {
    const umbrella = { at: (d: number) => d - d * d / 8 };
    expect(firstCrossing(umbrella, 1.5, 8)).toBeCloseTo(2, 8);
    expect(firstCrossing(umbrella, 2.5, 8)).toBeNaN();
  });

  it('plannedTargetDose agrees with a scan of the scaled planned effect, for every shape and both directions', () => {
    const shapes: [DoseModel, ShapeParams][] = [
      ['emax', { ed50: 2 }], ['emax', { ed50: 3, hill: 2.5 }], ['linear', {}], ['log-linear', { offset: 0.5 }],
      ['exponential', { delta: 3 }], ['quadratic', { delta: -0.08 }],
    ];
    for (const [model, params] of shapes) {
      for (const sign of [1, -1] as const) {
        const reference = { dose: 8, effect: sign * 1.5 };
        const td = plannedTargetDose(model as Exclude<DoseModel, 'explicit'>, params, reference, 0.9, sign, 8);
        const scan = firstCrossing({ at: (d) => sign * scaledEffect(model, params, reference, d) }, 0.9, 8, 4096);
        expect(Math.abs(td - scan), `${model} ${sign}: ${td} vs ${scan}`).toBeLessThan(1e-8);
      }
    }
    expect(plannedTargetDose('linear', {}, { dose: 8, effect: 1 }, 2, 1, 8)).toBeNaN();
  });

  it('explicitTargetDose: smallest planned dose beating placebo by Δ, in any arm order', () => {
    expect(explicitTargetDose([0, 1, 2, 4], [10, 10.2, 10.7, 11], 1, 0.5)).toBe(2);
    expect(explicitTargetDose([0, 4, 1, 2], [10, 11, 10.2, 10.7], 1, 0.5)).toBe(2);
    expect(explicitTargetDose([0, 1, 2], [10, 9, 8], -1, 1)).toBe(1);
    expect(explicitTargetDose([0, 1, 2], [10, 9, 8], 1, 1)).toBeNaN();
  });
});

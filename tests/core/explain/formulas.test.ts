import { describe, expect, it } from 'vitest';
import { crossing } from '../../../src/core/explain/crossing.ts';
import { differenceSe } from '../../../src/core/explain/differenceSe.ts';
import { grid } from '../../../src/core/explain/grid.ts';
import { anyOfIndependent, perMeasureRate } from '../../../src/core/explain/independence.ts';
import { subgroupStandardError } from '../../../src/core/trialFacts.ts';

/** The explanation's closed forms, against values worked by hand. */
describe('explanation formulas', () => {
  it('standard error of a difference of means: √((sd₁² + sd₂²)/n)', () => {
    expect(differenceSe(70.5, 23.1, 12)).toBeCloseTo(Math.sqrt(5503.86 / 12), 12);
    expect(differenceSe(3, 4, 1)).toBe(5);
    expect(subgroupStandardError(12)).toBe(differenceSe(70.5, 23.1, 12));
  });

  it('at least one of k independent events, and the per-measure rate that inverts it for k = 3', () => {
    expect(anyOfIndependent(0.05, 12)).toBeCloseTo(0.45964, 5);
    expect(anyOfIndependent(0.5, 1)).toBe(0.5);
    expect(perMeasureRate(0.37)).toBeCloseTo(0.14274, 5);
    for (const c of [0, 0.1, 0.37, 0.9]) expect(anyOfIndependent(perMeasureRate(c), 3)).toBeCloseTo(c, 12);
  });

  it('a curve crosses a target by linear interpolation, or never', () => {
    expect(crossing([{ x: 0, y: 0.5 }, { x: 1, y: 0.9 }], 0.8)).toBeCloseTo(0.75, 12);
    expect(crossing([{ x: 2, y: 0.85 }], 0.8)).toBe(2);
    expect(crossing([{ x: 0, y: 0.1 }, { x: 1, y: 0.2 }], 0.8)).toBeNull();
  });

  it('grids are rounded to 1e-9 and include extra values once', () => {
    expect(grid(0, 0.3, 0.1)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(grid(0, 1, 0.5, [0.5, 0.25])).toEqual([0, 0.25, 0.5, 1]);
  });
});

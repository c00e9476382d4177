import { describe, expect, it } from 'vitest';
import { carryArm, TdCarry } from '../../../src/core/results/tdCarry.ts';
import { TdHistogram } from '../../../src/core/results/tdHistogram.ts';
import { trendSummaries } from '../../../src/core/results/trendSummary.ts';

const doses = [0, 1, 2.5, 5, 10];
const labels = ['Placebo', '1 mg', '2.5 mg', '5 mg', '10 mg'];

describe('carryArm: the smallest planned active dose at or above TD̂', () => {
  it('picks the dose at or just above, never placebo, and none for NaN or above the top dose', () => {
    expect([0.01, 1, 1.0001, 2.5, 3, 5, 9.99, 10].map((td) => carryArm(td, doses))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(carryArm(NaN, doses)).toBe(-1);
    expect(carryArm(10.5, doses)).toBe(-1);
    expect(carryArm(3, [0, 5, 2.5, 10])).toBe(1); // unordered doses: still the smallest at or above (5, not 2.5)
  });
});

describe('TdCarry: shares of all trials carrying each dose forward', () => {
  it('counts exactly on a small case, trials without TD̂ are "none", the shares sum to 1', () => {
    const c = new TdCarry(doses);
    c.add([0.5, 0.9, 2, 4, 4.5, 6]);
    c.add([10, 1]);
    const s = c.summary(10, labels);
    expect(Array.from(c.counts)).toEqual([0, 3, 1, 2, 2]);
    expect(s.doses.map((d) => [d.arm, d.dose, d.p])).toEqual([['1 mg', 1, 0.3], ['2.5 mg', 2.5, 0.1], ['5 mg', 5, 0.2], ['10 mg', 10, 0.2]]);
    expect(s.none.p).toBeCloseTo(0.2, 15);
    expect(s.doses[0].mcse).toBeCloseTo(Math.sqrt((0.3 * 0.7) / 10), 15);
    expect(s.doses.reduce((a, d) => a + d.p, s.none.p)).toBeCloseTo(1, 15);
  });

  it('merges chunks in any order to the same counts (through TdHistogram)', () => {
    const a = new TdHistogram(10, 4, doses);
    const b = new TdHistogram(10, 4, doses);
    a.add(5, 2, [0.5, 3.9, 4.2]);
    a.add(5, 1, [7, 9.99]);
    b.add(5, 1, [7, 9.99]);
    b.add(5, 2, [0.5, 3.9, 4.2]);
    expect(a.carry.summary(10, labels)).toEqual(b.carry.summary(10, labels));
    expect(Array.from(a.carry.counts)).toEqual([0, 1, 0, 2, 2]);
  });
});

describe('TdHistogram.coarse and the trend summary fields', () => {
  it('coarse bins are exact sums of the engine bins and count every TD̂', () => {
    const h = new TdHistogram(10, 4, doses);
    h.add(8, 3, [0, 0.1, 0.156, 0.157, 5, 9.999, 10]);
    const c = h.coarse(64);
    expect(c.reduce((x, y) => x + y, 0)).toBe(7);
    expect(c[0]).toBe(3); // [0, 10/64): 0, 0.1, 0.156
    expect(c[1]).toBe(1); // 0.157
    expect(c[32]).toBe(1);
    expect(c[63]).toBe(2);
    expect(() => h.coarse(100)).toThrow(RangeError);
  });

  it('trendSummaries puts the carry-forward shares and the histogram on each entry', () => {
    const h = new TdHistogram(10, 4, doses);
    h.add(4, 1, [3, 4.4]);
    const [t] = trendSummaries([{ nControl: 20 } as never], [4], [[3, 1, 0]], { best: '10 mg', med: null }, [h], labels);
    expect(t.tdCarry!.doses.map((d) => d.p)).toEqual([0, 0, 0.5, 0]);
    expect(t.tdCarry!.none.p).toBe(0.5);
    expect(t.tdHistogram!.maxDose).toBe(10);
    expect(t.tdHistogram!.counts.length).toBe(64);
  });
});

describe('carry-forward in a simulated run', async () => {
  const { simulate } = await import('../../../src/core/engine.ts');
  const { validateScenario } = await import('../../../src/core/scenario/validate.ts');
  const v = validateScenario({
    endpoint: { type: 'continuous' },
    doseResponse: { model: 'emax', ed50: 5, reference: { dose: 10, effect: 0.8 }, relevantEffect: 0.4 },
    arms: [
      { label: 'Placebo', dose: 0, mean: 0, sd: 1 },
      { label: 'Low', dose: 2.5, sd: 1 },
      { label: 'Mid', dose: 5, sd: 1 },
      { label: 'Top', dose: 20, sd: 1 },
    ],
    analysis: { test: 'student', alpha: 0.05, sides: 1, multiplicity: 'dunnett' },
    design: { nPerArm: [10, 40] },
    simulation: { sims: 400, seed: 'carry' },
    trendTest: { estimate: { model: 'emax' } },
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const trend = simulate(v.scenario).trend!;

  it('each trial carries one dose or none: shares sum to 1, and "some dose" is the share with a TD̂', () => {
    for (const t of trend) {
      const carried = t.tdCarry!.doses.reduce((a, d) => a + d.p, 0);
      expect(carried + t.tdCarry!.none.p).toBeCloseTo(1, 12);
      expect(carried).toBeCloseTo(t.tdQuantiles?.share ?? 0, 12);
      expect(t.tdHistogram!.counts.reduce((a, b) => a + b, 0)).toBe(Math.round((t.tdQuantiles?.share ?? 0) * t.sims));
      expect(t.tdCarry!.doses.map((d) => d.arm)).toEqual(['Low', 'Mid', 'Top']);
    }
  });
});

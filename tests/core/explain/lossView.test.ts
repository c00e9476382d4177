import { describe, expect, it } from 'vitest';
import { defaultThreshold, LOSS_RATES, lossViewParams, treatedLoss, walkOf } from '../../../src/core/explain/lossView.ts';
import { scenario } from '../sim/helpers.ts';

const walk = { type: 'timed-walk', measure: 'distance' };
const arms = [
  { label: 'C', mean: -30, sd: 30, dropout: 0.2 },
  { label: 'T', mean: -10, sd: 20 },
];

describe("the planner's loss view: parameters from the scenario", () => {
  it('takes n (with the allocation), planned values, sds, dropouts, measure, α and sides from the scenario', () => {
    const s = scenario({ endpoint: walk, arms, design: { nPerArm: [20], allocation: 2, dropout: 0.1 }, analysis: { test: 'mann-whitney', alpha: 0.1, sides: 1 }, effect: { basis: 'shrunk', shrinkage: 0.5 } });
    const p = lossViewParams(s, { ratio: 2, threshold: 25, n: 15 });
    expect(p.n).toEqual([15, 30]);
    expect(p.measure).toBe('distance');
    expect(p.control).toEqual({ mean: -30, sd: 30, dropout: 0.2 });
    expect(p.treatment).toEqual({ mean: -20, sd: 20, dropout: 0.1 }); // half the planned difference of 20
    expect([p.excludeTest, p.responderTest, p.alpha, p.sides, p.threshold]).toEqual(['mann-whitney', 'chi-square', 0.1, 1, 25]);
    expect(p.points.map((q) => q.loss)).toEqual(LOSS_RATES.map((c) => [c, treatedLoss(c, 2)]));
    expect(p.points.at(-1)?.loss).toEqual([0.4, 0.8]);
  });

  it('applies to timed walks and responders on a timed walk only; a responder endpoint gives its threshold', () => {
    const responder = scenario({ endpoint: { type: 'responder', source: { type: 'timed-walk' }, threshold: 30 }, arms, analysis: { test: 'fisher', alpha: 0.05, sides: 2 } });
    expect(walkOf(responder)?.measure).toBe('time');
    expect(defaultThreshold(responder)).toBe(30);
    expect(lossViewParams(responder, { ratio: 1, threshold: 30, n: 10 }).responderTest).toBe('fisher');
    expect(walkOf(scenario({}))).toBeNull();
    expect(() => lossViewParams(scenario({}), { ratio: 1, threshold: 20, n: 10 })).toThrow('needs a timed-walk endpoint');
    expect(treatedLoss(0.4, 3)).toBe(0.9);
  });
});

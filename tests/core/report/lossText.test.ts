import { describe, expect, it } from 'vitest';
import type { LossParams, LossPointResult, StrategyPower } from '../../../src/core/explain/lossOfAmbulation.ts';
import { proportion } from '../../../src/core/explain/proportionSummary.ts';
import { verdict } from '../../../src/core/report/explain/lossBias.ts';
import { lossViewText } from '../../../src/core/report/lossViewText.ts';

/** A strategy whose "better" and "worse" shares are given, out of 4000 trials. */
const strat = (better: number, worse = 0.01): StrategyPower => ({
  power: proportion(Math.round((better + worse) * 4000), 4000),
  better: proportion(Math.round(better * 4000), 4000),
  worse: proportion(Math.round(worse * 4000), 4000),
});
const point = (s: Partial<Record<keyof LossPointResult['strategies'], StrategyPower>>, loss = [0.2, 0.2]): LossPointResult => ({
  loss,
  cap: [null, null],
  strategies: { reference: strat(0.8), referenceRank: strat(0.75), worstRank: strat(0.4), exclude: strat(0.6), nonResponder: strat(0.2), ...s },
  unable: loss,
  walkerMean: [0, 0],
});
const params = { excludeTest: 'welch', threshold: 20, points: [{ loss: [0.2, 0.2], cap: [null, null] }] } as LossParams;
const arms = { control: 'Saline', treatment: 'MSC-NP' };

describe('section 8 verdict: chosen from the simulated shares against chance (α/2)', () => {
  it('exclude favours the harm beyond chance and worst-rank sees it', () => {
    expect(verdict(point({ exclude: strat(0.15), worstRank: strat(0.001, 0.16) }))).toMatch(/^Leaving them out makes this harmful treatment look better/);
  });
  it('worst-rank sees the harm but exclude stays at chance', () => {
    expect(verdict(point({ exclude: strat(0.026), worstRank: strat(0.001, 0.3) }))).toMatch(/does not favour the treatment beyond chance/);
  });
  it('exclude favours it while worst-rank is still at chance', () => {
    expect(verdict(point({ exclude: strat(0.1), worstRank: strat(0.02, 0.027) }))).toMatch(/does not yet detect the harm/);
  });
  it('neither differs from chance', () => {
    expect(verdict(point({ exclude: strat(0.025), worstRank: strat(0.02, 0.026) }))).toMatch(/neither analysis differs from chance/);
    expect(verdict(null)).toBe('');
  });
});

describe('planner view caption: numbers and the best strategy from the results', () => {
  it('names the strategy that keeps the most power when its interval clears the next', () => {
    const t = lossViewText(params, [point({ exclude: strat(0.68), worstRank: strat(0.37) })], arms);
    expect(t[0]).toContain('20% of Saline patients and 20% of MSC-NP patients');
    expect(t[0]).toContain('37% of simulated trials when the unable are ranked worst, 68% when they are left out');
    expect(t[1]).toBe('Here leaving them out keeps the most power (68% against 37% next best).');
    expect(t.join(' ')).not.toContain('different shares');
  });
  it('says "about as well" within simulation error, and warns about exclude when the arms lose different shares', () => {
    const unequal = { ...params, points: [{ loss: [0.2, 0.4], cap: [null, null] }] } as LossParams;
    const t = lossViewText(unequal, [point({ exclude: strat(0.5), worstRank: strat(0.51) }, [0.2, 0.4])], arms);
    expect(t[1]).toMatch(/^Here ranking the unable worst and leaving them out do about as well/);
    expect(t[2]).toContain('The arms lose different shares');
    expect(t.join(' ')).not.toContain('time cap');
    expect(lossViewText(unequal, [point({}, [0.2, 0.4])], arms, { cap: 30 })).toContain("This scenario's time cap (30 s) is left out here: the x axis is the loss alone.");
  });
});

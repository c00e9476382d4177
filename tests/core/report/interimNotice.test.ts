import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { interimNotice } from '../../../src/core/report/interimNotice.ts';
import { pctFixed } from '../../../src/core/report/numberText.ts';
import { scenario } from '../sim/helpers.ts';

describe('the app notice of a group-sequential design', () => {
  it('lists each look’s bound and the simulated stopping chances at the n for the target', () => {
    const s = scenario({
      arms: [{ label: 'C', mean: 0, sd: 1 }, { label: 'T', mean: 0.5, sd: 1 }],
      design: { nPerArm: [20, 60, 100], targetPower: 0.8 },
      simulation: { sims: 1000, seed: 'notice' },
      interim: { informationRates: [0.5, 1], efficacy: 'obrien-fleming', futility: { z: 0 } },
    });
    const r = simulate(s);
    const n = r.rows.find((row) => row.power >= 0.8)!.nPerArm;
    const row = r.rows.find((x) => x.nPerArm === n)!;
    const notice = interimNotice(s, r)!;
    expect(notice.nPerArm).toBe(n);
    expect(notice.title).toContain('overall power across 2 looks');
    expect(notice.lines[0]).toBe(
      `Look 1 at ${n / 2} per arm: stop for efficacy if z ≥ ${s.interim!.bounds.criticalZ[0].toFixed(3)} (one-sided p ≤ 0.00153), for futility if z < 0. ` +
        `Stopping chances: efficacy ${pctFixed(row.stopEfficacy![0])}, futility ${pctFixed(row.stopFutility![0])}.`,
    );
    expect(notice.lines[1]).toContain(`efficacy ${pctFixed(row.stopEfficacy![1])}.`);
    expect(notice.lines[2]).toContain(`${row.expectedNPerArm!.toFixed(1)} of ${n}`);
  });

  it('is absent for a fixed design', () => {
    const s = scenario({});
    expect(interimNotice(s, simulate(s))).toBeNull();
  });
});

describe('the CSV of a group-sequential design', () => {
  it('adds the expected n and the stopping chances per look as the last columns', async () => {
    const { rowsToCsv } = await import('../../../src/core/report/rowsToCsv.ts');
    const s = scenario({ simulation: { sims: 500, seed: 'csv' }, interim: { informationRates: [0.5, 1], efficacy: 'pocock' } });
    const row = simulate(s).rows[0];
    const [head, line] = rowsToCsv([row]).split('\n');
    expect(head.endsWith('undefinedTrials,expectedNPerArm,stopEfficacy1,stopEfficacy2,stopFutility1,stopFutility2')).toBe(true);
    expect(line.endsWith(`,${row.expectedNPerArm},${row.stopEfficacy![0]},${row.stopEfficacy![1]},${row.stopFutility![0]},${row.stopFutility![1]}`)).toBe(true);
    expect(rowsToCsv(simulate(scenario({ simulation: { sims: 500, seed: 'csv' } })).rows).split('\n')[0].endsWith('undefinedTrials')).toBe(true);
  });
});

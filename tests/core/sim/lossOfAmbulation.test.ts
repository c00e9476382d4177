import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/engine.ts';
import { plannedDirection } from '../../../src/core/effects/plannedDirection.ts';
import { unableScore } from '../../../src/core/effects/lossDirection.ts';
import { plannerJob } from '../../../src/core/run/plannerJob.ts';
import { runPool } from '../../../src/pool/runPool.ts';
import { inProcessRemote } from '../pool/fakes.ts';
import { scenario, tol } from './helpers.ts';

/** numpy + scipy's mannwhitneyu on the same model (tests/fixtures/lossOfAmbulation/make_worst_rank.py). */
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/lossOfAmbulation/worst_rank_power.json', import.meta.url), 'utf8')) as {
  sims: number;
  base: { means: number[]; sds: number[]; n: number; dropout: number; alpha: number; log_mean: number; log_sd: number };
  cases: { loss: number[]; time_cap?: number; power: number; powerBenefit: number }[];
};

const walk = { type: 'timed-walk', measure: 'time', baselineLogMean: 2.303, baselineLogSd: 0.5 };
const seedArms = (loss: readonly number[]) => [
  { label: 'Saline', mean: -54.4, sd: 70.5, lossOfAmbulation: loss[0] },
  { label: 'MSC-NP', mean: 3.7, sd: 23.1, lossOfAmbulation: loss[1] },
];
const power = (s: Parameters<typeof simulate>[0]) => simulate(s).rows[0];

describe('worst-rank power against an independent simulation (numpy/scipy)', () => {
  const sims = 4000;
  for (const c of fixture.cases) {
    it(`loss ${c.loss.join(' / ')}${c.time_cap ? `, time cap ${c.time_cap} s` : ''}: ${c.power}`, () => {
      const s = scenario({
        endpoint: c.time_cap ? { ...walk, timeCap: c.time_cap } : walk,
        arms: seedArms(c.loss),
        analysis: { test: 'mann-whitney', alpha: fixture.base.alpha, sides: 2, intercurrent: 'worst-rank' },
        design: { nPerArm: [fixture.base.n], dropout: fixture.base.dropout },
        simulation: { sims, seed: `worst-rank-${c.loss.join('-')}-${c.time_cap ?? 0}` },
      });
      const row = power(s);
      // Two independent estimates: 4 SEs of their difference.
      const se = Math.sqrt(c.power * (1 - c.power) * (1 / sims + 1 / fixture.sims));
      expect(Math.abs(row.power - c.power)).toBeLessThan(4 * se);
      expect(Math.abs(row.powerBenefit - c.powerBenefit)).toBeLessThan(4 * se);
    });
  }
});

describe('without loss each strategy is today’s analysis, draw for draw', () => {
  const base = { arms: seedArms([0, 0]), design: { nPerArm: [12, 20], dropout: 0.1 }, simulation: { sims: 2000, seed: 'same' } };
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['worst-rank', walk, { test: 'mann-whitney', alpha: 0.05, sides: 2 }],
    ['exclude', walk, { test: 'welch', alpha: 0.05, sides: 2 }],
    ['cap', { ...walk, measure: 'distance' }, { test: 'welch', alpha: 0.05, sides: 2 }],
    ['non-responder', { type: 'responder', source: walk, threshold: 20 }, { test: 'fisher', alpha: 0.05, sides: 2 }],
    ['exclude', { type: 'responder', source: walk, threshold: 20 }, { test: 'chi-square', alpha: 0.05, sides: 2 }],
  ];
  for (const [strategy, endpoint, analysis] of cases) {
    it(`${strategy}, ${String(analysis.test)} on ${String(endpoint.type)}`, () => {
      const today = simulate(scenario({ ...base, endpoint, analysis }));
      const withStrategy = simulate(scenario({ ...base, endpoint, analysis: { ...analysis, intercurrent: strategy } }));
      expect(withStrategy.rows).toEqual(today.rows);
      expect(withStrategy.points).toEqual(today.points);
    });
  }

  it('a cap no one reaches changes no count (ANCOVA, whose baseline is drawn anyway)', () => {
    const analysis = { test: 'ancova', alpha: 0.05, sides: 2 };
    const today = simulate(scenario({ ...base, endpoint: walk, analysis }));
    const capped = simulate(scenario({ ...base, endpoint: { ...walk, timeCap: 3600 }, analysis: { ...analysis, intercurrent: 'cap' } }));
    expect(capped.rows.map((r) => [r.power, r.powerBenefit])).toEqual(today.rows.map((r) => [r.power, r.powerBenefit]));
  });
});

describe('under no treatment effect (identical arms, the same loss) the level holds', () => {
  const sims = 20000;
  const same = [
    { label: 'Control', mean: -20, sd: 40, lossOfAmbulation: 0.2 },
    { label: 'Treatment', mean: -20, sd: 40, lossOfAmbulation: 0.2 },
  ];
  const cases: [string, Record<string, unknown>, string][] = [
    ['worst-rank', walk, 'mann-whitney'],
    ['exclude', walk, 'welch'],
    ['cap', { ...walk, timeCap: 20 }, 'mann-whitney'],
  ];
  for (const [strategy, endpoint, test] of cases) {
    it(`${strategy} with ${test}`, () => {
      const s = scenario({
        endpoint,
        arms: same,
        analysis: { test, alpha: 0.05, sides: 2, intercurrent: strategy },
        design: { nPerArm: [25], dropout: 0.1 },
        simulation: { sims, seed: `null-${strategy}` },
      });
      expect(Math.abs(power(s).power - 0.05)).toBeLessThan(tol(0.05, sims));
    });
  }

  it('non-responder with chi-square (exact: the closed form is the level under the null)', () => {
    const s = scenario({
      endpoint: { type: 'responder', source: walk, threshold: 0 },
      arms: same,
      analysis: { test: 'chi-square', alpha: 0.05, sides: 2, intercurrent: 'non-responder' },
      design: { nPerArm: [40], dropout: 0.1 },
      simulation: { sims, seed: 'null-nr' },
    });
    const row = power(s);
    expect(row.analyticPower).not.toBeNull();
    expect(Math.abs(row.power - (row.analyticPower as number))).toBeLessThan(tol(row.analyticPower as number, sims));
  });
});

describe('under no treatment effect at tiny n and unequal allocation', () => {
  const sims = 20000;
  const arms = (loss: number) => [
    { label: 'Control', mean: -20, sd: 40, lossOfAmbulation: loss },
    { label: 'Treatment', mean: -20, sd: 40, lossOfAmbulation: loss },
  ];
  const nullRow = (n: number, allocation: number, loss: number, strategy: string, test: string) =>
    power(
      scenario({
        endpoint: strategy === 'cap' ? { ...walk, timeCap: 20 } : walk,
        arms: arms(loss),
        analysis: { test, alpha: 0.05, sides: 2, intercurrent: strategy },
        design: { nPerArm: [n], dropout: 0.1, allocation },
        simulation: { sims, seed: `null-small-${n}-${allocation}-${strategy}` },
      }),
    );
  // Mann–Whitney's normal approximation with the unable tied at the bottom and a continuity correction is
  // conservative when few patients complete (as R's wilcox.test(exact = FALSE)): never above the level.
  for (const [n, loss] of [
    [4, 0.3],
    [6, 0.4],
  ] as const) {
    it(`worst-rank, ${n} per arm, ${loss * 100}% unable: at most the level`, () => {
      const row = nullRow(n, 1, loss, 'worst-rank', 'mann-whitney');
      expect(row.power).toBeLessThan(0.05 + tol(0.05, sims));
      expect(row.power).toBeGreaterThan(0.01);
    });
  }
  it('worst-rank with 1:2 and 2:1 allocation, 20 control patients: at most the level', () => {
    for (const allocation of [0.5, 2]) expect(nullRow(20, allocation, 0.2, 'worst-rank', 'mann-whitney').power).toBeLessThan(0.05 + tol(0.05, sims));
  });
  it('exclude with Welch at 1:2 allocation and cap with 2:1 hold the level', () => {
    expect(Math.abs(nullRow(20, 0.5, 0.2, 'exclude', 'welch').power - 0.05)).toBeLessThan(tol(0.05, sims));
    expect(Math.abs(nullRow(20, 2, 0.3, 'cap', 'mann-whitney').power - 0.05)).toBeLessThan(tol(0.05, sims));
  });
});

describe('unequal loss with the walk itself unchanged', () => {
  const sims = 4000;
  const arms = [
    { label: 'Control', mean: -20, sd: 40, lossOfAmbulation: 0.05 },
    { label: 'Treatment', mean: -20, sd: 40, lossOfAmbulation: 0.35 },
  ];
  const run = (strategy: string, test: string) =>
    power(
      scenario({
        endpoint: walk,
        arms,
        analysis: { test, alpha: 0.05, sides: 2, intercurrent: strategy },
        design: { nPerArm: [40] },
        simulation: { sims, seed: 'unequal-loss' },
      }),
    );

  it('worst-rank detects the difference in loss (as harm)', () => {
    const row = run('worst-rank', 'mann-whitney');
    expect(row.power).toBeGreaterThan(0.5);
    expect(row.powerBenefit).toBeLessThan(0.01);
  });

  it('exclude does not: it rejects at the level, blind to the harm', () => {
    for (const test of ['welch', 'mann-whitney']) expect(Math.abs(run('exclude', test).power - 0.05)).toBeLessThan(tol(0.05, sims));
  });
});

describe('determinism', () => {
  const s = scenario({
    endpoint: { ...walk, timeCap: 40 },
    arms: [...seedArms([0.1, 0.05]), { label: 'High', mean: 10, sd: 23.1, lossOfAmbulation: 0.2 }],
    analysis: { test: 'mann-whitney', alpha: 0.05, sides: 2, multiplicity: 'holm', intercurrent: 'worst-rank' },
    design: { nPerArm: [8, 16], dropout: 0.1 },
    simulation: { sims: 2500, seed: 'loss-same' },
  });

  it('the same seed gives the same counts, another seed others', () => {
    expect(simulate(s)).toEqual(simulate(s));
    const other = simulate({ ...s, simulation: { ...s.simulation, seed: 'other' } });
    expect(other.rows.map((r) => r.power)).not.toEqual(simulate(s).rows.map((r) => r.power));
  });

  it('whatever the number of workers', async () => {
    const direct = simulate(s);
    for (const k of [1, 3]) {
      const { result } = await runPool(Array.from({ length: k }, inProcessRemote), plannerJob, s, { batchMs: 1 });
      expect(result.rows).toEqual(direct.rows);
    }
  });
});

describe('the planned direction on the test’s scale counts the loss', () => {
  const arms = (lc: number, lt: number) => [
    { label: 'Control', mean: -20, sd: 40, lossOfAmbulation: lc },
    { label: 'Treatment', mean: -20, sd: 40, lossOfAmbulation: lt },
  ];
  const direction = (strategy: string, test: string, lc: number, lt: number) =>
    plannedDirection(scenario({ endpoint: { ...walk, timeCap: 60 }, arms: arms(lc, lt), analysis: { test, alpha: 0.05, sides: 2, intercurrent: strategy } }))[1];

  it('worst-rank sees a difference in loss alone; exclude sees none (and the app warns of a zero effect)', () => {
    expect([direction('worst-rank', 'mann-whitney', 0.3, 0.1), direction('worst-rank', 'mann-whitney', 0.1, 0.3)]).toEqual([1, -1]);
    expect(direction('exclude', 'welch', 0.3, 0.1)).toBe(0);
    expect([direction('cap', 'welch', 0.3, 0.1), direction('cap', 'welch', 0.1, 0.3)]).toEqual([1, -1]);
  });

  it('an unable patient’s mean score under a 20 s cap: the log-normal integral against numpy (4e6 draws: −127.98)', () => {
    const s = scenario({ endpoint: { ...walk, timeCap: 20 }, arms: arms(0.1, 0.1), analysis: { test: 'welch', alpha: 0.05, sides: 2, intercurrent: 'cap' } });
    expect(unableScore(s)).toBeCloseTo(-127.98, 0);
  });
});

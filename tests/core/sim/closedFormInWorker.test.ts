import { describe, expect, it } from 'vitest';
import { ChunkRunner, simulate } from '../../../src/core/engine.ts';
import { Accumulator } from '../../../src/core/results/accumulator.ts';
import { analyticPower } from '../../../src/core/results/analytic.ts';
import { planPoints, planTasks } from '../../../src/core/sim/plan.ts';
import { scenario } from './helpers.ts';

/** Issue 9: the closed forms ran in the Accumulator's constructor, on the page's thread; one that hung froze the tab. */
describe('closed forms are computed where the chunks run, not by the page-side Accumulator', () => {
  const s = scenario({
    arms: [
      { label: 'Control', mean: 0, sd: 1 },
      { label: 'Low', mean: 0.4, sd: 1 },
      { label: 'High', mean: 0.6, sd: 1.2 },
    ],
    analysis: { test: 'student', alpha: 0.05, sides: 2, multiplicity: 'dunnett' },
    design: { nPerArm: [10, 30], dropout: 0.1 },
    simulation: { sims: 2000, seed: 'closed-form-in-worker' },
  });

  it('the Accumulator computes none: no closed form until a point’s first chunk brings it', () => {
    const acc = new Accumulator(s);
    expect(acc.result().rows.map((r) => r.analyticPower)).toEqual([null, null, null, null]);
    const runner = new ChunkRunner(s);
    acc.add(runner.run({ point: 1, chunk: 1 }));
    expect(acc.result().rows.map((r) => r.analyticPower)).toEqual([null, null, null, null]);
    const first = runner.run({ point: 1, chunk: 0 });
    const points = planPoints(s);
    expect(first.analytic).toEqual([analyticPower(s, points[1], 1), analyticPower(s, points[1], 2)]);
    acc.add(first);
    const rows = acc.result().rows;
    expect(rows.slice(0, 2).map((r) => r.analyticPower)).toEqual([null, null]);
    expect(rows[2].analyticPower).toBe(analyticPower(s, points[1], 1).value);
    expect(rows[3].analyticMethod).toBe(analyticPower(s, points[1], 2).method);
  });

  it('only the first power chunk of a point carries them (no repeated work, small messages)', () => {
    const runner = new ChunkRunner(s);
    const carrying = planTasks(s).filter((t) => runner.run(t).analytic !== undefined);
    expect(carrying).toEqual([{ point: 0, chunk: 0 }, { point: 1, chunk: 0 }]);
  });

  it('simulate() in process still reports every closed form, as analyticPower computes it', () => {
    const r = simulate(s);
    const points = planPoints(s);
    r.rows.forEach((row) => {
      const a = analyticPower(s, points[s.design.nPerArm.indexOf(row.nPerArm)], row.armIndex);
      expect([row.analyticPower, row.analyticMethod]).toEqual([a.value, a.method]);
      expect(row.analyticPower).toBeGreaterThan(0);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { ModStep } from '../../../../src/core/mcpmod/fit/modStep.ts';
import { fitModelOf } from '../../../../src/core/mcpmod/fit/types.ts';
import { plannedTargetDose } from '../../../../src/core/mcpmod/fit/plannedTargetDose.ts';
import { TdAccumulator } from '../../../../src/core/mcpmod/fit/tdSummary.ts';
import { scaledEffect } from '../../../../src/core/doses/shapes.ts';
import { RandomStream } from '../../../../src/core/random/index.ts';
import { fits, na } from './fitFixtures.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('ModStep against DoseFinding MCPMod (selModel "AIC" and "aveAIC")', () => {
  for (const ref of fits.mcpmod) {
    const ds = fits.datasets.find((d) => d.name === ref.data)!;
    const { doses } = ds.data;
    const sign = ref.direction === 'decreasing' ? -1 : 1;
    // The candidates whose model MCPMod fitted: those of the contrasts MCTtest found significant.
    const names = ([] as string[]).concat(ref.significant);
    const significant = ref.candidates.map((c) => (names.includes(fitModelOf(c)) ? 1 : 0));
    const o = { doses, candidates: ref.candidates, relevantEffect: ref.Delta, sign } as const;

    it(`${ref.name}: MCTtest's significant contrasts (tStat > critical, in the candidates' order) name those models`, () => {
      const byT = Object.values(ref.tStat).map((t) => (t > ref.critical ? 1 : 0));
      expect(byT).toHaveLength(ref.candidates.length);
      ref.candidates.forEach((c, m) => byT[m] && expect(names).toContain(fitModelOf(c)));
    });

    it(`${ref.name}: the significant models, their AIC and the AIC choice`, () => {
      const step = new ModStep({ ...o, choice: 'aic' });
      step.run(ds.data, significant);
      const fitted = step.fits.filter((_, j) => step.fits[j].ok && significant.some((s, m) => s && step.candidateFit[m] === j));
      expect(fitted.map((f) => f.model).sort()).toEqual([...names].sort());
      for (const f of fitted) expect(Math.abs(f.aic - ref.aic[f.model]), `${f.model} AIC`).toBeLessThan(1e-6);
      expect(step.fits[step.selected].model).toBe(ref.selected);
      const td = na(ref.tdPerModel[ref.selected]);
      if (!(td <= Math.max(...doses))) expect(step.td).toBeNaN();
      else expect(rel(step.td, td)).toBeLessThan(1e-4);
    });

    it(`${ref.name}: aveAIC weights and the weighted mean of the models' TDs (?MCPMod's doseEst %*% selMod)`, () => {
      const step = new ModStep({ ...o, choice: 'average' });
      const td = step.run(ds.data, significant);
      step.fits.forEach((f, j) => expect(Math.abs(step.weights[j] - (ref.weights[f.model] ?? 0)), `${f.model} weight`).toBeLessThan(1e-7));
      const want = Object.entries(ref.weights).reduce((a, [m, w]) => a + w * na(ref.tdPerModel[m]), 0);
      if (!(want <= Math.max(...doses))) expect(td).toBeNaN();
      else expect(rel(td, want), `TD ${td} vs ${want}`).toBeLessThan(1e-6);
    });
  }

  it('a named model is fitted whatever contrast was significant, and nothing without a significant one', () => {
    const ref = fits.mcpmod[0];
    const ds = fits.datasets.find((d) => d.name === ref.data)!;
    const step = new ModStep({ doses: ds.data.doses, candidates: ref.candidates, relevantEffect: ref.Delta, sign: 1, choice: 'exponential' });
    const lin = ref.candidates.findIndex((c) => fitModelOf(c) === 'linear');
    const mask = ref.candidates.map((_, m) => (m === lin ? 1 : 0));
    step.run(ds.data, mask);
    expect(step.fits[step.selected].model).toBe('exponential');
    expect(step.fits[step.selected].ok).toBe(true);
    expect(step.run(ds.data, mask.map(() => 0))).toBeNaN();
    expect(step.selected).toBe(-1);
  });
});

describe('ModStep on simulated trials', () => {
  it('TD̂ is consistent: at n = 2000 per arm the median TD̂ is the planned TD (emax truth, lower is better)', () => {
    const doses = [0, 1, 2, 4, 8];
    const reference = { dose: 8, effect: -2 };
    const params = { ed50: 1.5 };
    const trueTd = plannedTargetDose('emax', params, reference, 1, -1, 8);
    expect(trueTd).toBeCloseTo(1.5 / (2 * 9.5 / 8 - 1), 10); // Δ·ED50/(eMax − Δ), eMax = 2·(9.5/8)
    const candidates = [{ model: 'emax' as const, params: { ed50: 2 } }, { model: 'linear' as const, params: {} }, { model: 'quadratic' as const, params: { delta: -0.08 } }];
    const step = new ModStep({ doses, candidates, choice: 'aic', relevantEffect: 1, sign: -1 });
    const stream = new RandomStream('test/modStep/consistency');
    const n = 2000;
    const acc = new TdAccumulator(trueTd, 0.1);
    for (let t = 0; t < 200; t++) {
      const mean = doses.map((d) => 10 + scaledEffect('emax', params, reference, d) + (2 * stream.normal()) / Math.sqrt(n));
      acc.add(true, step.run({ m: doses.map(() => n), mean, ss: doses.map(() => 4 * (n - 1)) }, [1, 1, 1]));
    }
    const s = acc.summary();
    expect(s.tdQuantiles!.share).toBe(1);
    expect(Math.abs(s.tdQuantiles!.p50 - trueTd) / trueTd).toBeLessThan(0.02);
    expect(s.tdQuantiles!.p10).toBeLessThan(trueTd);
    expect(s.tdQuantiles!.p90).toBeGreaterThan(trueTd);
  });
});

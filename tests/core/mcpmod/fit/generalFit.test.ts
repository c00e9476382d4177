import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DoseResponseFit } from '../../../../src/core/mcpmod/fit/doseResponseFit.ts';
import { ModStep } from '../../../../src/core/mcpmod/fit/modStep.ts';
import { logitDelta } from '../../../../src/core/mcpmod/fit/rateDelta.ts';
import { fittedTargetDose } from '../../../../src/core/mcpmod/fit/targetDose.ts';
import type { FitModel } from '../../../../src/core/mcpmod/fit/types.ts';
import { logitArmEstimates } from '../../../../src/core/mcpmod/logitArms.ts';
import type { CandidateModel } from '../../../../src/core/mcpmod/types.ts';

interface GeneralFitRef {
  model: FitModel;
  coefs: Record<string, number>;
  gRSS: number;
  gAIC: number;
  td: number | 'NA';
  global?: { rss: number; nl: number | number[] };
}
interface GeneralDataSet {
  name: string;
  Delta: number;
  direction: 'increasing' | 'decreasing';
  off: number;
  doses: number[];
  x: number[];
  m: number[];
  theta: number[];
  v: number[];
  fits: GeneralFitRef[];
  mcpmod?: {
    candidates: ({ model: CandidateModel['model'] } & Record<string, number>)[];
    significant: string[] | string;
    gAIC: Record<string, number>;
    selected: string;
    weights: Record<string, number>;
    tdAverage: number | 'NA';
  };
}
// DoseFinding 1.0.3 fitMod(type = "general"), gAIC and MCPMod(type = "general"): make_general_fit_fixtures.R.
const fixture: { datasets: GeneralDataSet[] } = JSON.parse(
  readFileSync(new URL('../../../fixtures/mcpmodBinaryFit/generalFits.json', import.meta.url), 'utf8'),
);
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
const na = (v: number | 'NA') => (v === 'NA' ? NaN : v);
/** The fit's input: weights 1/v (the inverse estimated variances), log-odds, no within-arm term. */
const armsOf = (ds: GeneralDataSet) => ({ m: ds.v.map((v) => 1 / v), mean: ds.theta, ss: ds.v.map(() => 0) });
const candidatesOf = (ds: GeneralDataSet): CandidateModel[] =>
  ds.mcpmod!.candidates.map(({ model, ...params }) => ({ model, params }) as CandidateModel);

describe('generalised fits (fitMod type "general" on log-odds with S = diag(v)) against DoseFinding', () => {
  for (const ds of fixture.datasets) {
    const maxDose = Math.max(...ds.doses);
    const sign = ds.direction === 'decreasing' ? -1 : 1;

    it(`${ds.name}: the arm estimates and continuity adjustment are those R was given`, () => {
      const k = ds.doses.length;
      const [theta, v, rate] = [new Float64Array(k), new Float64Array(k), new Float64Array(k)];
      expect(logitArmEstimates(ds.x, ds.m, theta, v, rate)).toBe(true);
      ds.theta.forEach((t, i) => expect(Math.abs(theta[i] - t)).toBeLessThan(1e-12));
      ds.v.forEach((w, i) => expect(rel(v[i], w)).toBeLessThan(1e-12));
    });

    for (const ref of ds.fits) {
      it(`${ds.name}: ${ref.model} coefficients, gRSS, gAIC and the rate-scale TD`, () => {
        const f = new DoseResponseFit(ref.model, ds.doses, { offset: ds.off, general: true });
        expect(f.fit(armsOf(ds))).toBe(true);
        // Never a worse optimum than fitMod's, nor than the dense global search's (1e-10: exact fits with gRSS ~ 0).
        expect(f.rss).toBeLessThanOrEqual(ref.gRSS * (1 + 1e-9) + 1e-10);
        if (ref.global) expect(f.rss).toBeLessThanOrEqual(ref.global.rss * (1 + 1e-9) + 1e-10);
        // gAIC = gRSS + 2·(number of coefficients), DoseFinding:::gAIC.DRMod
        expect(f.aic - f.rss).toBeCloseTo(2 * Object.keys(ref.coefs).length, 12);
        const same = ref.gRSS <= f.rss * (1 + 1e-9) + 1e-10;
        const coefs = Object.values(ref.coefs);
        if (same) {
          coefs.forEach((c, j) => expect(rel(f.coefs[j], c), `coef ${j}: ${f.coefs[j]} vs ${c}`).toBeLessThan(1e-4));
          expect(rel(f.aic, ref.gAIC), `gAIC ${f.aic} vs ${ref.gAIC}`).toBeLessThan(1e-6);
        } else {
          // fitMod stopped short of the optimum (Brent next to a bound, nlminb in a flat valley): match the global one
          expect(f.aic).toBeLessThan(ref.gAIC);
          [ref.global!.nl].flat().forEach((v, j) => expect(rel(f.coefs[2 + j], v), `${f.coefs[2 + j]} vs global ${v}`).toBeLessThan(1e-3));
        }
        // The rate-scale TD from R's own coefficients (closed form at the logit-scale Δ) and from ours.
        const want = na(ref.td);
        const fromR = new DoseResponseFit(ref.model, ds.doses, { offset: ds.off, general: true });
        fromR.coefs.set(coefs);
        const tdR = fittedTargetDose(ref.model, coefs, ds.off, logitDelta(fromR.atZero(), ds.Delta, sign), sign, maxDose);
        const tdOurs = fittedTargetDose(ref.model, f.coefs, f.offset, logitDelta(f.atZero(), ds.Delta, sign), sign, maxDose);
        if (Number.isNaN(want)) expect([tdR, tdOurs]).toEqual([NaN, NaN]);
        else {
          expect(rel(tdR, want), `TD ${tdR} vs ${want}`).toBeLessThan(1e-9);
          if (same) expect(rel(tdOurs, want), `TD ${tdOurs} vs ${want}`).toBeLessThan(1e-4);
        }
      });
    }

    const mc = ds.mcpmod;
    if (!mc) continue;
    it(`${ds.name}: ModStep (logit) picks MCPMod's gAIC model, its aveAIC weights and the averaged rate-scale TD`, () => {
      const candidates = candidatesOf(ds);
      const names = ([] as string[]).concat(mc.significant);
      const significant = candidates.map((c) => (names.includes(c.model) ? 1 : 0));
      const opts = { doses: ds.doses, candidates, relevantEffect: ds.Delta, sign: sign as 1 | -1, logit: true };
      const aic = new ModStep({ ...opts, choice: 'aic' });
      const td = aic.run(armsOf(ds), significant);
      expect(aic.fits[aic.selected].model).toBe(mc.selected);
      for (const f of aic.fits) if (mc.gAIC[f.model] !== undefined) expect(rel(f.aic, mc.gAIC[f.model])).toBeLessThan(1e-6);
      const chosen = ds.fits.find((r) => r.model === mc.selected)!;
      expect(rel(td, na(chosen.td))).toBeLessThan(1e-4);
      // on the rate scale the curve reaches Δ exactly at TD̂
      expect(Math.abs(aic.at(td) - ds.Delta)).toBeLessThan(1e-9);

      const ave = new ModStep({ ...opts, choice: 'average' });
      const tdAve = ave.run(armsOf(ds), significant);
      ave.fits.forEach((f, j) => expect(Math.abs(ave.weights[j] - (mc.weights[f.model] ?? 0)), `${f.model} weight`).toBeLessThan(1e-7));
      const want = na(mc.tdAverage) <= Math.max(...ds.doses) ? na(mc.tdAverage) : NaN;
      if (Number.isNaN(want)) expect(tdAve).toBeNaN();
      else expect(rel(tdAve, want), `average TD ${tdAve} vs ${want}`).toBeLessThan(1e-5);
    });
  }
});

describe('logitDelta', () => {
  it('turns a rate difference into the logit-scale effect from the fitted placebo rate, NaN when out of (0, 1)', () => {
    expect(logitDelta(0, 0.25, 1)).toBeCloseTo(Math.log(3), 14);
    expect(logitDelta(0, 0.25, -1)).toBeCloseTo(Math.log(3), 14);
    expect(logitDelta(Math.log(0.8 / 0.2), 0.25, 1)).toBeNaN();
    expect(logitDelta(Math.log(0.2 / 0.8), 0.25, -1)).toBeNaN();
  });
});

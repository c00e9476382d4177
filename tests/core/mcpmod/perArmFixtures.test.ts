import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateContrasts, contrastCorrelation } from '../../../src/core/mcpmod/contrasts.ts';
import { maxContrastCriticalDetail } from '../../../src/core/mcpmod/critical.ts';
import { maxContrastPowerPerArm } from '../../../src/core/mcpmod/maxContrastPower.ts';
import { precisionWeights } from '../../../src/core/mcpmod/perArmStatistics.ts';
import { TrendTest } from '../../../src/core/mcpmod/trendTest.ts';
import type { CandidateModel } from '../../../src/core/mcpmod/types.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { num } from './fixtures.ts';

/** DoseFinding 1.0.3 reference values (tests/fixtures/mcpmod/make_perarm_fixtures.R). */
interface Critical {
  q: number;
  qmvt: number;
  error: number;
}
interface PerArmCase {
  name: string;
  doses: number[];
  n: number[];
  sd: number[];
  alpha: number;
  candidates: CandidateModel[];
  contrasts: number[][];
  correlation: number[][];
  planned: ({ df: number | 'Infinity' } & Critical)[];
  trial: { mean: number[]; s: number[]; m: number[]; stat: number[]; df: number[]; correlation: number[][]; criticalInf: Critical; dfMin: number; criticalDfMin: Critical };
  power: { model: string; means: number[]; power: number; spread: number }[];
}
const fx: { cases: PerArmCase[] } = JSON.parse(readFileSync(new URL('../../fixtures/mcpmod/perArm.json', import.meta.url), 'utf8'));

const close = (a: ArrayLike<number>, b: ArrayLike<number>, tol: number, what: string) => {
  expect(a.length, what).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i]), `${what}[${i}]: ${a[i]} vs ${b[i]}`).toBeLessThan(tol);
};
/** Our critical value against R's refined one: both error bounds plus 5e-4. */
const sameCritical = (R: readonly ArrayLike<number>[], df: number, alpha: number, ref: Critical, what: string) => {
  const ours = maxContrastCriticalDetail(R, df, alpha);
  expect(Math.abs(ours.q - ref.q), `${what}: ${ours.q} vs ${ref.q} (qmvt ${ref.qmvt})`).toBeLessThan(ours.error + ref.error + 5e-4);
};

describe('per-arm trend test against DoseFinding (optContr, MCTtest and powMCT with S)', () => {
  for (const c of fx.cases) {
    it(`${c.name}: contrasts and correlations for S = diag(sd²/n), critical values`, () => {
      const w = precisionWeights(c.n, c.sd);
      const C = candidateContrasts(c.candidates, c.doses, w);
      C.forEach((row, m) => close(row, c.contrasts[m], 1e-9, `contrast ${m}`));
      const R = contrastCorrelation(C, w);
      R.forEach((row, m) => close(row, c.correlation[m], 1e-9, `correlation ${m}`));
      const t = new TrendTest({ doses: c.doses, n: c.n, candidates: c.candidates, alpha: c.alpha, sign: 1, trueMeans: c.doses.map(() => 0), variance: 'per-arm', sd: c.sd });
      C.forEach((row, m) => close(t.contrasts.subarray(m * c.doses.length, (m + 1) * c.doses.length), row, 1e-15, `TrendTest contrast ${m}`));
      for (const p of c.planned) sameCritical(R, num(p.df), c.alpha, p, `planned q at ν = ${p.df}`);
    });

    it(`${c.name}: one trial's statistics, Satterthwaite df and critical values (MCTtest, type "general")`, () => {
      const k = c.doses.length;
      const t = new TrendTest({ doses: c.doses, n: c.n, candidates: c.candidates, alpha: c.alpha, sign: 1, trueMeans: c.doses.map(() => 0), variance: 'per-arm', sd: c.sd });
      const ws = new Workspace(c.n, false, false);
      ws.m.set(c.trial.m);
      ws.mean.set(c.trial.mean);
      ws.ss.set(c.trial.s.map((s, i) => s * s * (c.trial.m[i] - 1)));
      t.run(ws);
      close(t.stat, c.trial.stat, 1e-9, 'T');
      close(t.statDf, c.trial.df, 1e-8, 'ν');
      expect(Math.floor(Math.min(...t.statDf))).toBe(c.trial.dfMin);
      // The trial's own correlation (MCTtest's, from its S) is the planned formula with weights m/s²:
      const Rhat = contrastCorrelation(candidateContrasts(c.candidates, c.doses, precisionWeights(c.n, c.sd)), precisionWeights(c.trial.m, c.trial.s));
      Rhat.forEach((row, m) => close(row, c.trial.correlation[m], 1e-9, `trial correlation ${m}`));
      sameCritical(Rhat, Infinity, c.alpha, c.trial.criticalInf, 'MCTtest critical value, df = ∞');
      sameCritical(Rhat, c.trial.dfMin, c.alpha, c.trial.criticalDfMin, `MCTtest critical value, df = ${c.trial.dfMin}`);
      expect(k).toBe(c.trial.m.length);
    });

    it(`${c.name}: power with S known (powMCT, df = ∞)`, () => {
      const C = candidateContrasts(c.candidates, c.doses, precisionWeights(c.n, c.sd));
      for (const p of c.power) {
        const ours = maxContrastPowerPerArm(C, c.n, p.means, c.sd, 1, c.alpha);
        expect(Math.abs(ours.power - p.power), `${p.model}: ${ours.power} vs ${p.power}`).toBeLessThan(ours.error + 3 * p.spread + 1e-3);
      }
    });
  }
});

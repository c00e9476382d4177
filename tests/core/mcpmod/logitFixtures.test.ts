import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateContrasts } from '../../../src/core/mcpmod/contrasts.ts';
import { logitTrendSampleSize } from '../../../src/core/mcpmod/fit/logitTrendSampleSize.ts';
import { LogitTrendTest } from '../../../src/core/mcpmod/logitTrendTest.ts';
import { maxContrastPowerPerArm } from '../../../src/core/mcpmod/maxContrastPower.ts';
import { precisionWeights } from '../../../src/core/mcpmod/perArmStatistics.ts';
import type { CandidateModel } from '../../../src/core/mcpmod/types.ts';

/** DoseFinding 1.0.3 reference values (tests/fixtures/mcpmodBinary/make_binary_fixtures.R). */
interface TrialCase {
  name: string;
  doses: number[];
  x: number[];
  m: number[];
  alpha: number;
  sign: 1 | -1;
  candidates: CandidateModel[];
  theta: number[];
  v: number[];
  contrasts: number[][];
  stat: number[];
  pAdj: number[];
  critical: { q: number; qmvt: number; error: number };
}
interface PowerCase {
  name: string;
  doses: number[];
  rates: number[];
  n: number[];
  alpha: number;
  candidates: CandidateModel[];
  contrasts: number[][];
  power: number;
  spread: number;
}
interface SampleSizeCase {
  case: string;
  target: number;
  n: number[];
  power: number[];
  smallest: number;
}
const fx: { trials: TrialCase[]; powers: PowerCase[]; sampleSize: SampleSizeCase } = JSON.parse(
  readFileSync(new URL('../../fixtures/mcpmodBinary/binary.json', import.meta.url), 'utf8'),
);

const close = (a: ArrayLike<number>, b: ArrayLike<number>, tol: number, what: string) => {
  expect(a.length, what).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i]), `${what}[${i}]: ${a[i]} vs ${b[i]}`).toBeLessThan(tol);
};

describe('generalised MCP-Mod on binary data against DoseFinding MCTtest(S = Ŝ, df = Inf)', () => {
  for (const c of fx.trials) {
    it(c.name, () => {
      const test = new LogitTrendTest({
        doses: c.doses,
        candidates: c.candidates,
        alpha: c.alpha,
        sign: c.sign,
        relevantEffect: NaN,
        trueRates: c.doses.map(() => 0.5),
      });
      test.analyse(c.x, c.m);
      close(test.theta, c.theta, 1e-12, 'logit estimates');
      close(test.v, c.v, 1e-12, 'variances');
      const k = c.doses.length;
      // DoseFinding orients a decreasing contrast by −1; Stride keeps c and multiplies the statistic by the sign.
      c.contrasts.forEach((ref, m) => close(Array.from(test.contrasts.subarray(m * k, m * k + k), (x) => c.sign * x), ref, 1e-10, `contrast ${m}`));
      close(test.stat, c.stat, 1e-10, 'statistics');
      // MCTtest's p-values are pmvnorm's (Monte Carlo, abseps 1e-5); ours 3 QMC SE
      c.stat.forEach((t, m) => expect(Math.abs(test.adjustedP(t) - c.pAdj[m]), `p ${m}`).toBeLessThan(2e-4));
      expect(Math.abs(test.critical() - c.critical.q), `critical vs ${c.critical.q}`).toBeLessThan(c.critical.error + 2e-3);
      expect(test.significant).toBe(Math.min(...c.pAdj) < c.alpha);
      // The Mod step fits the candidates MCPMod keeps: adjusted p-value below α (none of these lies within 1e-3 of α)
      expect(Array.from(test.significantCandidates())).toEqual(c.pAdj.map((p) => (p < c.alpha ? 1 : 0)));
    });
  }
});

describe('binary MCP step power with S at the planned rates against DoseFinding powMCT(S = S, df = Inf)', () => {
  for (const c of fx.powers) {
    it(c.name, () => {
      const sd = c.rates.map((p) => 1 / Math.sqrt(p * (1 - p)));
      const C = candidateContrasts(c.candidates, c.doses, precisionWeights(c.n, sd));
      C.forEach((row, m) => close(row, c.contrasts[m], 1e-10, `contrast ${m}`));
      const logits = c.rates.map((p) => Math.log(p / (1 - p)));
      const ours = maxContrastPowerPerArm(C, c.n, logits, sd, 1, c.alpha, Infinity);
      expect(Math.abs(ours.power - c.power), `${ours.power} vs ${c.power}`).toBeLessThan(ours.error + c.spread + 1e-3);
    });
  }
});

describe('binary trend sample size (powMCT with S at the planned rates)', () => {
  it('is the smallest equal n whose powMCT reaches the target', () => {
    const ss = fx.sampleSize;
    const c = fx.powers.find((p) => p.name === ss.case)!;
    const o = { doses: c.doses, candidates: c.candidates, rates: c.rates, sign: 1 as const, alpha: c.alpha };
    const found = logitTrendSampleSize(o, ss.target, (N) => c.doses.map(() => N))!;
    expect(found.N).toBe(ss.smallest);
    expect(Math.abs(found.power - ss.power[ss.n.indexOf(found.N)])).toBeLessThan(found.error + 1e-3);
    expect(logitTrendSampleSize({ ...o, rates: [0, ...c.rates.slice(1)] }, 0.8, (N) => c.doses.map(() => N))).toBeNull();
  });
});

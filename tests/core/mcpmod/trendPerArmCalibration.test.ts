import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { simulate } from '../../../src/core/engine.ts';
import { validateScenario } from '../../../src/core/scenario/validate.ts';
import type { CandidateModel, TrendTestOptions, TrendVariance } from '../../../src/core/mcpmod/types.ts';
import { simulateTrend } from './simulate.ts';

/**
 * Calibration of the per-arm trend test under a flat dose-response (every arm the same mean): its significance rate
 * must not exceed α + 4 MCSE, and may fall below α by at most the stated tolerance TOL·α + 4 MCSE. The tolerance is
 * for the Satterthwaite approximation with ν = min over contrasts, which errs on the safe side: at n = 10 per arm the
 * worst of 36 configurations (6 SD patterns × 3 allocations × dropout 0 or 20%) measured 0.0205 ± 0.0007 at α = 0.025
 * (50,000 trials), 18% below α; DoseFinding's df = ∞ gave 0.029–0.044 there. Below n = 10 it grows more conservative
 * (n = 5: 0.018–0.024; n = 3: 0.007–0.023) and is never liberal.
 */
const TOL = 0.25;
const SIMS = 20_000;
const doses = [0, 5, 10, 20];
const candidates: CandidateModel[] = [
  { model: 'emax', params: { ed50: 4 } },
  { model: 'linear', params: {} },
  { model: 'exponential', params: { delta: 7.2 } },
  { model: 'quadratic', params: { delta: -1 / 30 } },
];
const SDS: Record<string, number[]> = {
  equal: [1, 1, 1, 1],
  'control 4×': [4, 1, 1, 1],
  'control ¼×': [1, 4, 4, 4],
  'rising to 4×': [1, 2, 3, 4],
  'top dose 4×': [1, 1, 1, 4],
  'shipped 70.5 vs 23.1': [70.5, 23.1, 23.1, 23.1],
};
const ALLOCATIONS: Record<string, number[]> = { equal: [1, 1, 1, 1], 'control 2×': [2, 1, 1, 1], 'control ½×': [1, 2, 2, 2] };

function rate(variance: TrendVariance, n0: number, sd: number[], alloc: number[], dropout: number, alpha: number, seed: string): number {
  const n = alloc.map((a) => Math.round(a * n0));
  const o: TrendTestOptions = { doses, n, candidates, alpha, sign: 1, trueMeans: [5, 5, 5, 5], variance, sd };
  return simulateTrend(o, sd, dropout, SIMS, seed).significant / SIMS;
}

const mcse = (alpha: number) => Math.sqrt((alpha * (1 - alpha)) / SIMS);

describe('per-arm trend test: calibration under a flat dose-response (20,000 trials each)', { timeout: 30_000 }, () => {
  it('SD ratios up to 4, unequal allocation and 20% dropout at n = 10: within [α − 25%·α − 4 MCSE, α + 4 MCSE]', () => {
    const alpha = 0.025;
    for (const [sn, sd] of Object.entries(SDS))
      for (const [an, alloc] of Object.entries(ALLOCATIONS))
        for (const dropout of an === 'equal' ? [0, 0.2] : [0.2]) {
          const r = rate('per-arm', 10, sd, alloc, dropout, alpha, `cal-${sn}-${an}-${dropout}`);
          const what = `SDs ${sn}, allocation ${an}, dropout ${dropout}: ${r}`;
          expect(r, what).toBeLessThan(alpha + 4 * mcse(alpha));
          expect(r, what).toBeGreaterThan(alpha * (1 - TOL) - 4 * mcse(alpha));
        }
  }, 60_000);

  it('n = 30 and α = 0.05: the same bounds, closer to α', () => {
    const alpha = 0.05;
    for (const sn of ['control 4×', 'rising to 4×', 'shipped 70.5 vs 23.1'])
      for (const [an, alloc] of Object.entries(ALLOCATIONS)) {
        const r = rate('per-arm', 30, SDS[sn], alloc, 0.1, alpha, `cal30-${sn}-${an}`);
        expect(r, `${sn}, ${an}: ${r}`).toBeLessThan(alpha + 4 * mcse(alpha));
        expect(r, `${sn}, ${an}: ${r}`).toBeGreaterThan(alpha * (1 - TOL) - 4 * mcse(alpha));
      }
  });

  it('the pooled test is not calibrated on the shipped SDs (70.5 vs 23.1, normal data); the per-arm test is', () => {
    const alpha = 0.025;
    const sd = SDS['shipped 70.5 vs 23.1'];
    for (const [an, alloc] of [['equal', [1, 1, 1, 1]], ['control ½×', [1, 2, 2, 2]]] as const) {
      const pooled = rate('pooled', 20, sd, [...alloc], 0.1, alpha, `shipped-${an}`);
      const perArm = rate('per-arm', 20, sd, [...alloc], 0.1, alpha, `shipped-${an}`);
      expect(pooled, `pooled, ${an}`).toBeGreaterThan(alpha + 10 * mcse(alpha)); // 0.07 and 0.12 measured
      expect(Math.abs(perArm - alpha), `per-arm, ${an}: ${perArm}`).toBeLessThan(alpha * TOL + 4 * mcse(alpha));
    }
  });

  it('the shipped dose-finding scenario with a flat dose-response (T25FW, skewed % improvements) in the engine', () => {
    const base = JSON.parse(readFileSync('static/scenarios/dose-finding-t25fw.json', 'utf8'));
    const run = (variance: TrendVariance) => {
      const v = validateScenario({
        ...base,
        doseResponse: { ...base.doseResponse, reference: { dose: 10, effect: 0 } },
        trendTest: { variance },
        design: { ...base.design, nPerArm: [20] },
        simulation: { sims: SIMS, seed: 'flat-t25fw' },
      });
      if (!v.ok) throw new Error(JSON.stringify(v.errors));
      return simulate(v.scenario).trend![0].significant;
    };
    const alpha = 0.025;
    // Pooled: about 1.7α. Per-arm: at most α; the control arm's skewed data make it a little conservative (≈ 0.8α).
    expect(run('pooled')).toBeGreaterThan(alpha + 10 * mcse(alpha));
    const perArm = run('per-arm');
    expect(perArm).toBeLessThan(alpha + 4 * mcse(alpha));
    expect(perArm).toBeGreaterThan(alpha * (1 - TOL) - 4 * mcse(alpha));
  });
});

import { describe, expect, it } from 'vitest';
import { welchPower } from '../../../src/core/power/welchPower.ts';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { Phi, tol } from './helpers.ts';

const base = {
  seed: 'dichotomise-test',
  sims: 20_000,
  nPerArm: 20,
  control: { mean: 0, sd: 5 },
  treatment: { mean: 3, sd: 5 },
  noisePct: 0,
  thresholds: [0, 5],
  responderTest: 'chi-square' as const,
  alpha: 0.05,
};

/** Log time ratio D ~ N(mu, s²) whose % improvement 100·(1 − e^D) has the given mean and sd. */
function logModel(mean: number, sd: number) {
  const r = 1 - mean / 100;
  const s2 = Math.log(1 + (sd / 100 / r) ** 2);
  return { mu: Math.log(r) - s2 / 2, s: Math.sqrt(s2) };
}

describe('dichotomising the same patients', () => {
  it('Welch power on near-normal changes matches its noncentral-t approximation', () => {
    const r = runLocally('dichotomise', base);
    const approx = welchPower({ diff: 3, sd1: 5, sd2: 5, n1: 20, n2: 20, alpha: 0.05, sides: 2 });
    expect(Math.abs(r.welch.value - approx)).toBeLessThan(tol(approx, base.sims));
    // Without noise every responder is a true responder.
    expect(r.responder.every((p) => p.noiseShare === 0)).toBe(true);
    // A rank test keeps most of the power on near-normal data (ARE 3/π ≈ 0.95); the responder split loses more.
    expect(r.mannWhitney.value).toBeGreaterThan(r.responder[1].power.value);
  });

  it('noise widens the observed change: responder rates follow Φ((ln(1 − t/100) − μ)/√(σ² + noise²))', () => {
    const params = { ...base, control: { mean: -54.4, sd: 70.5 }, treatment: { mean: 3.7, sd: 23.1 }, noisePct: 15, thresholds: [20] };
    const r = runLocally('dichotomise', params);
    const patients = params.sims * params.nPerArm;
    for (const [arm, rate] of [
      [params.control, r.responder[0].controlRate],
      [params.treatment, r.responder[0].treatedRate],
    ] as const) {
      const { mu, s } = logModel(arm.mean, arm.sd);
      const exact = Phi((Math.log(1 - 0.2) - mu) / Math.sqrt(s * s + 0.15 * 0.15));
      // Patients within a trial are independent draws: the MC error is over all simulated patients.
      expect(Math.abs(rate - exact)).toBeLessThan(tol(exact, patients));
    }
    expect(r.responder[0].noiseShare).toBeGreaterThan(0.1);
  });

  it('holds its level when nothing differs (Welch, Mann–Whitney and the responder test)', () => {
    const params = { ...base, treatment: base.control, nPerArm: 40, thresholds: [0] };
    const r = runLocally('dichotomise', params);
    for (const p of [r.welch.value, r.mannWhitney.value, r.responder[0].power.value]) expect(Math.abs(p - 0.05)).toBeLessThan(tol(0.05, params.sims) + 0.004);
  });

  it('is reproducible by seed', () => {
    const params = { ...base, sims: 2000 };
    expect(runLocally('dichotomise', params)).toEqual(runLocally('dichotomise', params));
  });
});

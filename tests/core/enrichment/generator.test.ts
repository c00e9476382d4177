import { describe, expect, it } from 'vitest';
import { StratifiedNormalGenerator, StratifiedTimedWalkGenerator } from '../../../src/core/enrichment/stratifiedGenerator.ts';
import { mixtureMoments } from '../../../src/core/enrichment/strata.ts';
import type { StratumModel } from '../../../src/core/enrichment/types.ts';
import { logChangeFor } from '../../../src/core/endpoints/timedWalk.ts';
import { streamFor } from '../../../src/core/random/index.ts';
import { NormalDataGenerator } from '../../../src/core/sim/generators/normalData.ts';
import { TimedWalkDataGenerator } from '../../../src/core/sim/generators/timedWalkData.ts';
import type { TrialGenerator } from '../../../src/core/sim/generators/types.ts';
import { Workspace } from '../../../src/core/workspace.ts';

const N = 400_000;

/** One "trial" of N patients per arm: the patient values of both arms. */
function draw(gen: TrialGenerator, seed: string): Workspace {
  const ws = new Workspace([N, N], true, false);
  ws.m.fill(N);
  gen.generate(streamFor(seed), ws);
  return ws;
}

/** Central moments 2 and 4 of a mixture of normals: E(Y + d)⁴ = 3σ⁴ + 6σ²d² + d⁴ per stratum. */
function mixtureM4(strata: StratumModel[], arm: 'control' | 'treatment'): number {
  const { mean } = mixtureMoments(strata, arm);
  return strata.reduce((a, s) => {
    const mu = arm === 'control' ? s.controlMean : s.treatmentMean;
    const sd = arm === 'control' ? s.controlSd : s.treatmentSd;
    const d = mu - mean;
    return a + s.share * (3 * sd ** 4 + 6 * sd ** 2 * d * d + d ** 4);
  }, 0);
}

function sampleMoments(x: Float64Array): { mean: number; v: number; m4: number } {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  let v2 = 0;
  let v4 = 0;
  for (const v of x) {
    const d = (v - mean) ** 2;
    v2 += d;
    v4 += d * d;
  }
  return { mean, v: v2 / (x.length - 1), m4: v4 / x.length };
}

function quantiles(x: Float64Array, ps: number[]): number[] {
  const s = Float64Array.from(x).sort();
  return ps.map((p) => s[Math.floor(p * (s.length - 1))]);
}

const three: StratumModel[] = [
  { share: 0.2, controlMean: -1, treatmentMean: 0.5, controlSd: 0.5, treatmentSd: 0.8 },
  { share: 0.45, controlMean: 0, treatmentMean: 0, controlSd: 1, treatmentSd: 1 },
  { share: 0.35, controlMean: 2, treatmentMean: 4, controlSd: 1.5, treatmentSd: 2 },
];

describe('StratifiedNormalGenerator', () => {
  it('mean and variance of each arm match the mixture closed form (law of total variance), 400k draws, 4 SE', () => {
    const ws = draw(new StratifiedNormalGenerator(three), 'mixture');
    for (const [j, arm] of [[0, 'control'], [1, 'treatment']] as const) {
      const exact = mixtureMoments(three, arm);
      const got = sampleMoments(ws.data[j]);
      expect(Math.abs(got.mean - exact.mean)).toBeLessThan((4 * exact.sd) / Math.sqrt(N));
      const seVar = Math.sqrt((mixtureM4(three, arm) - exact.sd ** 4) / N);
      expect(Math.abs(got.v - exact.sd ** 2)).toBeLessThan(4 * seVar);
      expect(ws.mean[j]).toBeCloseTo(got.mean, 10); // summaries filled
      expect(ws.ss[j] / (N - 1)).toBeCloseTo(got.v, 8);
    }
  });

  it('one stratum of share 1 is the plain NormalDataGenerator in distribution (deciles within 4 SE)', () => {
    const one: StratumModel[] = [{ share: 1, controlMean: 1, treatmentMean: 3, controlSd: 2, treatmentSd: 2.5 }];
    const a = draw(new StratifiedNormalGenerator(one), 'one-a');
    const b = draw(new NormalDataGenerator(Float64Array.of(1, 3), Float64Array.of(2, 2.5), false, 0), 'one-b');
    const ps = [0.1, 0.25, 0.5, 0.75, 0.9];
    for (const j of [0, 1]) {
      const sd = j === 0 ? 2 : 2.5;
      const qa = quantiles(a.data[j], ps);
      const qb = quantiles(b.data[j], ps);
      ps.forEach((p, i) => {
        const z = [-1.2816, -0.6745, 0, 0.6745, 1.2816][i];
        const se = Math.sqrt((2 * p * (1 - p)) / N) / (Math.exp(-z * z / 2) / (Math.sqrt(2 * Math.PI) * sd));
        expect(Math.abs(qa[i] - qb[i]), `arm ${j} p=${p}`).toBeLessThan(4 * se);
      });
    }
  });

  it('setArmValue moves the all-comers mean and keeps the strata’s gaps', () => {
    const gen = new StratifiedNormalGenerator(three);
    const before = mixtureMoments(three, 'treatment').mean;
    gen.setArmValue(1, before + 1);
    const ws = draw(gen, 'shift');
    expect(Math.abs(sampleMoments(ws.data[1]).mean - (before + 1))).toBeLessThan((4 * mixtureMoments(three, 'treatment').sd) / Math.sqrt(N));
  });
});

describe('StratifiedTimedWalkGenerator', () => {
  const walk: StratumModel[] = [
    { share: 0.55, controlMean: -20, treatmentMean: -20, controlSd: 40, treatmentSd: 40 },
    { share: 0.45, controlMean: -54.4, treatmentMean: 3.7, controlSd: 70.5, treatmentSd: 23.1 },
  ];

  it('each arm’s % improvement has the mixture mean and variance (moment matching is exact per stratum)', () => {
    const ws = draw(new StratifiedTimedWalkGenerator(walk, 'time'), 'walk');
    for (const [j, arm] of [[0, 'control'], [1, 'treatment']] as const) {
      const exact = mixtureMoments(walk, arm);
      const got = sampleMoments(ws.data[j]);
      expect(Math.abs(got.mean - exact.mean), arm).toBeLessThan((4 * exact.sd) / Math.sqrt(N));
      // heavy right tail of worsening: the variance's SE from the sample's own 4th moment
      expect(Math.abs(got.v - exact.sd ** 2), arm).toBeLessThan(4 * Math.sqrt((got.m4 - got.v ** 2) / N));
      expect(Math.max(...ws.data[j].subarray(0, 1000))).toBeLessThan(100);
    }
  });

  it('setArmValue moves one arm’s all-comers mean % improvement, not the other treated arm’s', () => {
    const gen = new StratifiedTimedWalkGenerator(walk, 'time', 3);
    const target = mixtureMoments(walk, 'treatment').mean + 10;
    gen.setArmValue(1, target);
    const ws = new Workspace([10, N, N], true, false);
    ws.m.set([10, N, N]);
    gen.generate(streamFor('walk-shift'), ws);
    const sd = mixtureMoments(walk, 'treatment').sd;
    expect(Math.abs(sampleMoments(ws.data[1]).mean - target)).toBeLessThan((4 * sd) / Math.sqrt(N));
    expect(Math.abs(sampleMoments(ws.data[2]).mean - (target - 10))).toBeLessThan((4 * sd) / Math.sqrt(N));
  });

  it('one stratum of share 1 is the plain TimedWalkDataGenerator in distribution (deciles within 4 SE)', () => {
    const one: StratumModel[] = [{ share: 1, controlMean: -54.4, treatmentMean: 3.7, controlSd: 70.5, treatmentSd: 23.1 }];
    const a = draw(new StratifiedTimedWalkGenerator(one, 'time'), 'walk-a');
    const lc = [logChangeFor('time', -54.4, 70.5), logChangeFor('time', 3.7, 23.1)];
    const plain = new TimedWalkDataGenerator(Float64Array.from(lc, (l) => l.muD), Float64Array.from(lc, (l) => l.sdD), 'time', false, 0, 1, 0);
    const b = draw(plain, 'walk-b');
    const ps = [0.1, 0.25, 0.5, 0.75, 0.9];
    for (const j of [0, 1]) {
      const qa = quantiles(a.data[j], ps);
      const qb = quantiles(b.data[j], ps);
      ps.forEach((p, i) => {
        // exact quantile of −100·expm1(D) and its density give the SE of the sample quantile
        const z = [1.2816, 0.6745, 0, -0.6745, -1.2816][i];
        const d = lc[j].muD + lc[j].sdD * z;
        const dens = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) / (lc[j].sdD * 100 * Math.exp(d));
        const se = Math.sqrt((2 * p * (1 - p)) / N) / dens;
        expect(Math.abs(qa[i] - qb[i]), `arm ${j} p=${p}`).toBeLessThan(4 * se);
        expect(Math.abs(qa[i] + 100 * Math.expm1(d)), `arm ${j} p=${p} vs exact`).toBeLessThan(4 * se);
      });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/core/random/index.ts';
import { ZIG_F, ZIG_INNER, ZIG_R, ZIG_V, ZIG_X, normalTail } from '../../../src/core/random/ziggurat.ts';
import { chiSquareGof, ksCritical1pct, ksStatistic, meanVar, normalCdf, normalSf, scipyRef } from './stats.ts';

const f = (x: number): number => Math.exp(-0.5 * x * x);

describe('ziggurat tables', () => {
  it('reproduce the Marsaglia & Tsang (2000) constants for 128 layers', () => {
    expect(Math.abs(ZIG_R - 3.442619855899)).toBeLessThan(1e-11);
    expect(Math.abs(ZIG_V - 9.91256303526217e-3) / ZIG_V).toBeLessThan(1e-10);
  });

  it('have 128 layers of equal area v that close at the mode', () => {
    // Base strip: rectangle [0, r] x [0, f(r)] plus the tail, area r f(r) + Q(r) sqrt(2 pi).
    const base = ZIG_R * f(ZIG_R) + normalSf(ZIG_R) * Math.sqrt(2 * Math.PI);
    expect(Math.abs(base - ZIG_V) / ZIG_V).toBeLessThan(1e-13);
    expect(ZIG_X[0] * f(ZIG_R)).toBeCloseTo(ZIG_V, 15);
    for (let i = 1; i < 128; i++) {
      const area = ZIG_X[i] * (ZIG_F[i + 1] - ZIG_F[i]);
      expect(Math.abs(area - ZIG_V) / ZIG_V, `layer ${i}`).toBeLessThan(1e-12);
      expect(ZIG_X[i + 1]).toBeLessThan(ZIG_X[i]);
      expect(ZIG_INNER[i]).toBe(ZIG_X[i + 1]);
    }
    expect(ZIG_X[128]).toBe(0);
    expect(ZIG_F[128]).toBe(1);
  });
});

describe('normal() distribution', () => {
  it('passes Kolmogorov-Smirnov at 1% with n = 200k', () => {
    const s = new RandomStream('ks-normal');
    const n = 200_000;
    const z = Float64Array.from({ length: n }, () => s.normal());
    expect(ksStatistic(z, normalCdf)).toBeLessThan(ksCritical1pct(n));
  });

  it('has the right moments (mean 0, variance 1, skewness 0, kurtosis 3)', () => {
    const s = new RandomStream('moments');
    const n = 1_000_000;
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (let i = 0; i < n; i++) {
      const z = s.normal();
      const z2 = z * z;
      m1 += z;
      m2 += z2;
      m3 += z2 * z;
      m4 += z2 * z2;
    }
    // Standard errors: sqrt(Var(Z^k) / n) with Var(Z)=1, Var(Z^2)=2, Var(Z^3)=15, Var(Z^4)=96.
    expect(Math.abs(m1 / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(m2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(m3 / n)).toBeLessThan(4 * Math.sqrt(15 / n));
    expect(Math.abs(m4 / n - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
  });

  it('puts the right mass between every pair of layer edges (chi-square, 2M draws)', () => {
    // Cells bounded by the ziggurat edges +-x_i, so each layer's rectangle/wedge split is checked.
    const edges = Array.from(ZIG_X.subarray(1)).reverse(); // 0 = x_128 < x_127 < ... < x_1 = r
    const cuts = [...edges.slice(1).map((e) => -e).reverse(), ...edges]; // -r .. 0 .. r
    const probs = [normalCdf(cuts[0])];
    for (let k = 1; k < cuts.length; k++) probs.push(normalCdf(cuts[k]) - normalCdf(cuts[k - 1]));
    probs.push(normalSf(cuts[cuts.length - 1]));
    const counts = new Float64Array(probs.length);
    const s = new RandomStream('layers');
    const n = 2_000_000;
    for (let i = 0; i < n; i++) {
      const z = s.normal();
      let lo = 0;
      let hi = cuts.length; // first cut above z
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (z < cuts[mid]) hi = mid;
        else lo = mid + 1;
      }
      counts[lo]++;
    }
    expect(chiSquareGof(counts, probs, n).p).toBeGreaterThan(0.001);
  });

  it('matches exact two-sided tail probabilities beyond 3.5 and 4.5 (2e7 draws, 4 SE)', () => {
    const s = new RandomStream('tails');
    const n = 20_000_000;
    let beyond35 = 0;
    let beyond45 = 0;
    for (let i = 0; i < n; i++) {
      const a = Math.abs(s.normal());
      if (a > 3.5) {
        beyond35++;
        if (a > 4.5) beyond45++;
      }
    }
    for (const [z, count] of [
      [3.5, beyond35],
      [4.5, beyond45],
    ] as const) {
      const p = 2 * normalSf(z);
      expect(p).toBeCloseTo(scipyRef.normal.two_sided_tail[String(z)], 15);
      const se = Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(count / n - p), `|z| > ${z}: ${count} draws`).toBeLessThan(4 * se);
    }
  });
});

describe('normalTail (Marsaglia 1964)', () => {
  it('samples Z | Z > r exactly (KS against the truncated normal)', () => {
    const s = new RandomStream('tail-ks');
    const n = 100_000;
    const x = Float64Array.from({ length: n }, () => normalTail(s));
    expect(Math.min(...x)).toBeGreaterThan(ZIG_R);
    const qr = normalSf(ZIG_R);
    expect(ksStatistic(x, (t) => 1 - normalSf(t) / qr)).toBeLessThan(ksCritical1pct(n));
    // E[Z | Z > r] = phi(r) / Q(r).
    const { mean, variance } = meanVar(x);
    const expected = f(ZIG_R) / Math.sqrt(2 * Math.PI) / qr;
    expect(Math.abs(mean - expected)).toBeLessThan(4 * Math.sqrt(variance / n));
  });
});

import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/core/distributions/normal.ts';
import { tSf } from '../../../src/core/distributions/studentT.ts';
import { MaxTIntegrator } from '../../../src/core/mcpmod/maxTIntegrator.ts';
import { pivotedCholesky } from '../../../src/core/mcpmod/pivotedCholesky.ts';
import { RadialTail } from '../../../src/core/mcpmod/radialTail.ts';
import { sphereDims, spherePoint } from '../../../src/core/mcpmod/spherePoint.ts';
import { SphericalMaxT } from '../../../src/core/mcpmod/sphericalMaxT.ts';
import { streamFor } from '../../../src/core/random/index.ts';
import { fx } from './fixtures.ts';

describe('pivotedCholesky', () => {
  it('reconstructs R in pivot order and finds the rank of singular R', () => {
    for (const c of fx.contrasts) {
      const f = pivotedCholesky(c.correlation)!;
      expect(f.rank).toBe(c.rank);
      for (let i = 0; i < f.rows.length; i++)
        for (let j = 0; j < f.rows.length; j++) {
          let s = 0;
          for (let d = 0; d < f.rank; d++) s += f.rows[i][d] * f.rows[j][d];
          expect(s).toBeCloseTo(c.correlation[f.perm[i]][f.perm[j]], 9);
        }
    }
    expect(pivotedCholesky([[1, 1], [1, 1]])!.rank).toBe(1); // JSDoc example
  });

  it('null for non-square, non-finite or indefinite input', () => {
    expect(pivotedCholesky([[1, 0.5]])).toBeNull();
    expect(pivotedCholesky([[1, NaN], [NaN, 1]])).toBeNull();
    expect(pivotedCholesky([[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]])).toBeNull();
  });
});

describe('RadialTail: P(|z|/S > t), z ~ N(0, I_r)', () => {
  it('closed forms: r = 1 is the two-sided t tail, r = 2 with ν = ∞ is exp(−t²/2)', () => {
    const one = new RadialTail(1, 7);
    const two = new RadialTail(2, Infinity);
    for (const t of [0.01, 0.5, 1, 2.3, 4, 9]) {
      expect(Math.abs(one.atLog(Math.log(t)) - 2 * tSf(t, 7))).toBeLessThan(1e-8);
      expect(Math.abs(two.atLog(Math.log(t)) - Math.exp(-t * t / 2))).toBeLessThan(1e-8);
    }
  });

  it('the Hermite table agrees with the exact incomplete beta/gamma to 2e-8 (r ≤ 6, ν from 1 to ∞)', () => {
    for (const r of [1, 2, 3, 4, 5, 6])
      for (const df of [1, 3, 12, 95, 1e5, Infinity]) {
        const t = new RadialTail(r, df);
        let worst = 0;
        for (let x = -6.5; x < 6.5; x += 0.00731) worst = Math.max(worst, Math.abs(t.atLog(x) - t.exact(x)));
        expect(worst, `r=${r} ν=${df}`).toBeLessThan(2e-8);
      }
  });
});

describe('spherePoint', () => {
  it('gives unit vectors, uniformly spread: E[u_d²] = 1/r and E[u_d⁴] = 3/(r(r + 2)) on 200k draws', () => {
    const s = streamFor('sphere');
    for (const r of [2, 3, 4, 5, 6]) {
      const x = new Float64Array(sphereDims(r));
      const u = new Float64Array(r);
      const N = 200_000;
      const m2 = new Float64Array(r);
      const m4 = new Float64Array(r);
      for (let i = 0; i < N; i++) {
        for (let d = 0; d < x.length; d++) x[d] = s.uniform();
        spherePoint(x, r, u);
        let norm = 0;
        for (let d = 0; d < r; d++) {
          norm += u[d] * u[d];
          m2[d] += u[d] ** 2 / N;
          m4[d] += u[d] ** 4 / N;
        }
        if (i < 100) expect(norm).toBeCloseTo(1, 12);
      }
      // sd of u² is < 0.3/r: 4 SE at 200k draws ≈ 0.003/r
      for (let d = 0; d < r; d++) {
        expect(Math.abs(m2[d] - 1 / r), `r=${r} d=${d}`).toBeLessThan(0.003);
        expect(Math.abs(m4[d] - 3 / (r * (r + 2))), `r=${r} d=${d}`).toBeLessThan(0.003);
      }
    }
    expect([1, 2, 3, 4, 5, 6].map(sphereDims)).toEqual([0, 1, 2, 3, 5, 6]);
    const out = new Float64Array(2);
    spherePoint(Float64Array.of(0.25), 2, out); // JSDoc example
    expect(out[0]).toBeCloseTo(0, 15);
    expect(out[1]).toBe(1);
  });
});

describe('the two multivariate-t integrators', () => {
  it('SphericalMaxT handles q ≤ 0: P(max of k independent normals ≤ q) = Φ(q)^k', () => {
    const I = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    const s = new SphericalMaxT(I);
    for (const q of [-1, -0.2, 0, 0.7, 2]) {
      const p = s.cdf(q, Infinity);
      expect(Math.abs(p - normalCdf(q) ** 3), `q=${q}`).toBeLessThan(s.error + 1e-6);
    }
    expect(new SphericalMaxT([[1, NaN], [NaN, 1]]).cdf(1, 5)).toBeNaN();
  });

  it('both integrators (spherical-radial; Genz–Bretz separation of variables) give 1 − α at the reference critical values', () => {
    // Both are checked against the references at the reference q; the lattice errors are 3-SE estimates from 8 shifts,
    // themselves uncertain, hence the 1e-4 slack (measured: spherical ≤ 2e-5, Genz ≤ 2e-4 off).
    for (const c of fx.critical) {
      const df = typeof c.df === 'number' ? c.df : Infinity;
      const a = new SphericalMaxT(c.correlation);
      const b = new MaxTIntegrator(c.correlation, df);
      const pa = a.cdf(c.q, df);
      const pb = b.cdf(c.q);
      expect(Math.abs(pa - (1 - c.alpha)), c.case).toBeLessThan(a.error + 1e-5);
      expect(Math.abs(pb - (1 - c.alpha)), c.case).toBeLessThan(b.error + 1e-4);
    }
  });

  it('MaxTIntegrator with a shift: P(Z + δ ≤ q) = Φ(q − δ) for one normal statistic', () => {
    const b = new MaxTIntegrator([[1]], Infinity, [0.7]);
    expect(b.cdf(1.5)).toBeCloseTo(normalCdf(0.8), 6);
    expect(new MaxTIntegrator([[1, 0.5], [0.5, 1]], 10, [NaN, 0]).valid).toBe(false);
  });
});

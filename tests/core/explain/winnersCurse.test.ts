import { describe, expect, it } from 'vitest';
import { retrodesign } from '../../../src/core/explain/retrodesign.ts';
import { runLocally } from '../../../src/core/explain/runLocally.ts';
import { phi, simpson, tol } from './helpers.ts';

const Z = 1.959963984540054;

/** Power, type S and exaggeration for an estimate ~ N(d, s²) by integrating the truncated normal. */
function integrated(d: number, s: number) {
  const f = (x: number) => phi((x - d) / s) / s;
  const lo = d - 12 * s;
  const hi = d + 12 * s;
  const c = Z * s;
  const pHi = simpson(f, c, Math.max(c, hi), 20_000);
  const pLo = simpson(f, Math.min(-c, lo), -c, 20_000);
  const m1 = simpson((x) => x * f(x), c, Math.max(c, hi), 20_000) + simpson((x) => -x * f(x), Math.min(-c, lo), -c, 20_000);
  const m2 = simpson((x) => x * x * f(x), c, Math.max(c, hi), 20_000) + simpson((x) => x * x * f(x), Math.min(-c, lo), -c, 20_000);
  const power = pHi + pLo;
  return { power, typeS: pLo / power, exaggeration: m1 / power / d, sdAbs: Math.sqrt(m2 / power - (m1 / power) ** 2) };
}

describe("winner's curse (Gelman & Carlin 2014)", () => {
  it('closed form agrees with numerical integration of the truncated normal', () => {
    for (const l of [0.5, 1, 2, 3.5]) {
      const cf = retrodesign(l * 3, 3, 0.05);
      const ni = integrated(l * 3, 3);
      expect(cf.power).toBeCloseTo(ni.power, 7);
      expect(cf.typeS).toBeCloseTo(ni.typeS, 7);
      expect(cf.exaggeration).toBeCloseTo(ni.exaggeration, 6);
    }
  });

  it('simulated exaggeration and type S match the integral at large n (Welch ≈ z)', () => {
    const n = 2000;
    const se = Math.sqrt((70.5 ** 2 + 23.1 ** 2) / n);
    const d = se; // one standard error: power ≈ 17%
    const sims = 200_000;
    const r = runLocally('winners-curse', { seed: 'wc-test', sims, nPerArm: n, sdControl: 70.5, sdTreatment: 23.1, trueDifference: d, alpha: 0.05, bins: { lo: -5 * se, width: se / 4, count: 48 } });
    const ni = integrated(d, se);
    expect(Math.abs(r.power.value - ni.power)).toBeLessThan(tol(ni.power, sims) + 0.001);
    const sig = r.power.value * sims;
    expect(Math.abs(r.exaggeration - ni.exaggeration)).toBeLessThan((4 * ni.sdAbs) / d / Math.sqrt(sig) + 0.005);
    expect(Math.abs(r.typeS.value - ni.typeS)).toBeLessThan(tol(ni.typeS, sig) + 0.001);
    expect(r.all.reduce((a, b) => a + b, 0)).toBe(sims);
    expect(r.significant.reduce((a, b) => a + b, 0)).toBe(Math.round(sig));
  });

  it('at the subgroup n (12 per arm), significant estimates overstate the truth', () => {
    const se = Math.sqrt((70.5 ** 2 + 23.1 ** 2) / 12);
    const r = runLocally('winners-curse', { seed: 'wc-test', sims: 20_000, nPerArm: 12, sdControl: 70.5, sdTreatment: 23.1, trueDifference: 29, alpha: 0.05, bins: { lo: -100, width: 5, count: 50 } });
    expect(r.exaggeration).toBeGreaterThan(1.5);
    expect(Math.abs(r.meanEstimate - 29)).toBeLessThan((4 * se) / Math.sqrt(20_000));
  });
});

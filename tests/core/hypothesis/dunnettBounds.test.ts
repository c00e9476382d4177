import { describe, expect, it } from 'vitest';
import { dunnettCdf, dunnettCritical } from '../../../src/core/distributions/dunnett.ts';
import { streamFor } from '../../../src/core/random/index.ts';
import { Workspace } from '../../../src/core/workspace.ts';
import { DunnettBounds } from '../../../src/core/hypothesis/dunnettBounds.ts';
import { WelchDunnettTest } from '../../../src/core/hypothesis/welchDunnett.ts';

describe('the coarse first look at the multivariate t CDF', () => {
  it('is within 1e-4 of the full quadrature (the decision margin is 1e-3) over random designs', () => {
    const s = streamFor('coarse-check', 1);
    let worst = 0;
    for (let it = 0; it < 60; it++) {
      const k = 1 + Math.floor(s.uniform() * 5);
      const lam = Array.from({ length: k }, () => (s.uniform() < 0.1 ? 0.9999 : Math.sqrt(s.uniform())));
      const df = [2, 3, 5, 9, 15, 40, 300, Infinity][Math.floor(s.uniform() * 8)];
      const sides = s.uniform() < 0.5 ? 1 : 2;
      const alpha = [0.005, 0.05, 0.2][Math.floor(s.uniform() * 3)];
      const c = dunnettCritical(alpha, lam, df, sides) * (0.92 + 0.16 * s.uniform());
      worst = Math.max(worst, Math.abs(dunnettCdf(c, lam, df, sides, 2) - dunnettCdf(c, lam, df, sides)));
    }
    expect(worst).toBeLessThan(1e-4);
  }, 60_000);
});

describe('DunnettBounds decides as the exact critical value does', () => {
  it('random correlations, df and statistics near the critical value', () => {
    const s = streamFor('bounds-check', 2);
    for (const sides of [1, 2] as const) {
      const b = new DunnettBounds(0.05, sides);
      let near = 0;
      for (let it = 0; it < 80; it++) {
        const k = 1 + Math.floor(s.uniform() * 5);
        const lam = Float64Array.from({ length: k }, () => Math.min(0.9999, Math.sqrt(s.uniform())));
        const df = 2 + Math.floor(s.uniform() * 60);
        const c = dunnettCritical(0.05, lam, df, sides);
        const a = c + 0.04 * s.normal();
        if (Math.abs(a - c) < 0.01) near++;
        expect(b.exceeds(a, lam, df), `k=${k} df=${df} a=${a} c=${c}`).toBe(a > c);
      }
      expect(near).toBeGreaterThan(10);
    }
  }, 60_000);
});

/** A trial with random completers, SDs up to 4× apart and statistics spread around the critical value (≈ 2.2). */
function randomTrial(ws: Workspace, s: ReturnType<typeof streamFor>, n: number): void {
  for (let j = 0; j < ws.arms; j++) {
    ws.m[j] = n - Math.floor(s.uniform() * 0.3 * n);
    const sd = j === 0 ? 1 + 3 * s.uniform() : 1;
    ws.ss[j] = sd * sd * s.chiSquare(ws.m[j] - 1);
  }
  const v0 = ws.ss[0] / (ws.m[0] - 1) / ws.m[0];
  ws.mean[0] = 0;
  for (let i = 1; i < ws.arms; i++) ws.mean[i] = Math.sqrt(v0 + ws.ss[i] / (ws.m[i] - 1) / ws.m[i]) * (2.2 + 0.25 * s.normal());
}

describe('Welch + Dunnett (Hasler–Hothorn) decisions', () => {
  for (const sides of [1, 2] as const) {
    it(`${sides}-sided: every comparison against the exact critical value at its own floored df and the trial's correlations`, () => {
      const s = streamFor('hh-decisions', sides);
      const ws = new Workspace([12, 12, 12, 12], false, false);
      const test = new WelchDunnettTest({ level: 0.05, sides, sign: 1 }, 4);
      let close = 0;
      for (let trial = 0; trial < 80; trial++) {
        randomTrial(ws, s, 12);
        test.prepare(ws);
        const v = [0, 1, 2, 3].map((j) => ws.ss[j] / (ws.m[j] - 1) / ws.m[j]);
        const lam = [1, 2, 3].map((i) => Math.sqrt(v[0] / (v[0] + v[i])));
        for (let i = 1; i < 4; i++) {
          ws.stat[i] = test.statistic(ws, i);
          const nu = (v[0] + v[i]) ** 2 / (v[0] ** 2 / (ws.m[0] - 1) + v[i] ** 2 / (ws.m[i] - 1));
          const c = dunnettCritical(0.05, lam, Math.max(2, Math.floor(nu)), sides);
          const a = sides === 2 ? Math.abs(ws.stat[i]) : ws.stat[i];
          if (Math.abs(a - c) < 0.05) close++;
          expect(test.rejects(ws, i), `trial ${trial} arm ${i}: ${a} vs ${c}`).toBe(a > c);
          expect(test.pValue(ws, i) <= 0.05).toBe(a > c);
        }
      }
      expect(close).toBeGreaterThan(5);
    }, 60_000);
  }
});

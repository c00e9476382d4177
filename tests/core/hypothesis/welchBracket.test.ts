import { describe, expect, it } from 'vitest';
import { WelchTest } from '../../../src/core/hypothesis/welch.ts';
import { TCritical, tPValue } from '../../../src/core/hypothesis/tCritical.ts';
import { RandomStream } from '../../../src/core/random/index.ts';
import { Workspace } from '../../../src/core/workspace.ts';

/**
 * WelchTest.rejects settles most trials from the arm sizes alone (the Satterthwaite df lies between
 * min(m0, mi) − 1 and m0 + mi − 2). These tests hold it to the rule it replaces, decision for decision:
 * critical values at ⌊df⌋ and ⌊df⌋ + 1 of the df computed from the statistic's variance terms, and the
 * p-value in between.
 */
function reference(ws: Workspace, crit: TCritical, level: number, sides: 1 | 2): boolean {
  const m0 = ws.m[0];
  const m1 = ws.m[1];
  if (m0 < 2 || m1 < 2) return false;
  const a = ws.ss[0] / (m0 - 1) / m0;
  const b = ws.ss[1] / (m1 - 1) / m1;
  const v = a + b;
  const df = (v * v) / ((a * a) / (m0 - 1) + (b * b) / (m1 - 1));
  const stat = ws.stat[1];
  const t = sides === 2 ? Math.abs(stat) : stat;
  const lo = Math.floor(df);
  if (t > crit.get(Math.max(1, lo))) return true;
  if (!(t > crit.get(lo + 1))) return false;
  return tPValue(stat, df, sides) <= level;
}

describe('WelchTest bracketing by arm sizes', () => {
  for (const [level, sides] of [
    [0.05, 2],
    [0.025, 1],
    [0.001, 2],
  ] as const) {
    it(`gives the df rule's decision on every trial (level ${level}, ${sides}-sided)`, () => {
      const maxN = 60;
      const test = new WelchTest({ level, sides, sign: 1 }, maxN, 2);
      const crit = new TCritical(level, sides, 2 * maxN);
      const ws = new Workspace([maxN, maxN], false, false);
      const s = new RandomStream(`welch-bracket-${level}-${sides}`);
      let inBand = 0;
      for (let trial = 0; trial < 20_000; trial++) {
        ws.m[0] = 1 + (s.uint32() % maxN);
        ws.m[1] = 1 + (s.uint32() % maxN);
        // SDs over 8 orders of magnitude, sometimes exactly zero or extreme, so both paths are exercised.
        const pick = s.uint32() % 20;
        const sd0 = pick === 0 ? 0 : pick === 1 ? 1e-120 : pick === 2 ? 1e60 : 10 ** (8 * s.uniform() - 4);
        const sd1 = pick === 3 ? 0 : 10 ** (8 * s.uniform() - 4);
        ws.ss[0] = sd0 * sd0 * Math.max(1, ws.m[0] - 1) * (0.2 + s.uniform());
        ws.ss[1] = sd1 * sd1 * Math.max(1, ws.m[1] - 1) * (0.2 + s.uniform());
        ws.mean[0] = 0;
        // Differences near the critical value in standard-error units, where a wrong bracket would show.
        const se = Math.sqrt(ws.ss[0] / Math.max(1, ws.m[0] - 1) / ws.m[0] + ws.ss[1] / Math.max(1, ws.m[1] - 1) / ws.m[1]);
        ws.mean[1] = (s.uniform() < 0.5 ? -1 : 1) * se * (1.6 + 3 * s.uniform());
        test.prepare();
        ws.stat[1] = test.statistic(ws, 1);
        const ref = reference(ws, crit, level, sides);
        if (ws.stat[1] === ws.stat[1]) {
          const lo = crit.get(Math.max(1, Math.min(ws.m[0], ws.m[1]) - 2));
          const a = sides === 2 ? Math.abs(ws.stat[1]) : ws.stat[1];
          if (a <= lo && a > crit.get(ws.m[0] + ws.m[1] - 1)) inBand++;
        }
        expect(test.rejects(ws, 1), `trial ${trial}`).toBe(ref);
        expect(test.rejection(ws, 1), `trial ${trial}: the 0/1 form decide() uses`).toBe(ref ? 1 : 0);
      }
      // The slow path (df computed) is taken too, not only the bracket.
      expect(inBand).toBeGreaterThan(50);
    });
  }

  it('relies on critical values that fall strictly with df', () => {
    const rises: string[] = [];
    for (const level of [0.05, 0.001, 0.05 / 6]) {
      for (const sides of [1, 2] as const) {
        const crit = new TCritical(level, sides, 1000);
        for (let df = 1; df < 1000; df++) if (!(crit.get(df + 1) < crit.get(df))) rises.push(`${level}/${sides}: df ${df}`);
      }
    }
    expect(rises).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fastExp } from '../../../src/core/sim/generators/fastExp.ts';
import { RandomStream } from '../../../src/core/random/index.ts';

// Math.exp (V8's fdlibm e_exp.c, within 1 ulp) is the reference; the stated bound for fastExp is 4e-16 relative.
const BOUND = 4e-16;
const rel = (x: number) => Math.abs(fastExp(x) - Math.exp(x)) / Math.exp(x);

describe('fastExp (table-driven e^x, Tang 1989)', () => {
  it('is within 4e-16 relative of Math.exp on random arguments at every scale below 700', () => {
    const s = new RandomStream('fastExp');
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = s.normal() * [1e-3, 0.5, 3, 40, 250][i % 5];
      if (Math.abs(x) < 700) worst = Math.max(worst, rel(x));
    }
    expect(worst).toBeLessThan(BOUND);
  });

  it('holds at the seams of its table and range reduction (multiples of ln 2/2048, ± a few ulp)', () => {
    let worst = 0;
    for (let k = -4096 * 20; k <= 4096 * 20; k += 37) {
      for (let d = -4; d <= 4; d++) worst = Math.max(worst, rel(((k / 4096) * Math.LN2) * (1 + d * 2 ** -52)));
    }
    for (const x of [699.99, -699.99, 709 / 2, -1e-300, 1e-300, 2 ** -30]) worst = Math.max(worst, rel(x));
    expect(worst).toBeLessThan(BOUND);
  });

  it('is exact where exp is: e^0 = 1 (and e^−0)', () => {
    expect(fastExp(0)).toBe(1);
    expect(fastExp(-0)).toBe(1);
  });

  it('hands what is outside |x| < 700 to Math.exp (overflow, subnormals, infinities, NaN)', () => {
    for (const x of [700, -700, 709.7, 710, -745, -746, Infinity, -Infinity]) expect(fastExp(x)).toBe(Math.exp(x));
    expect(fastExp(Number.NaN)).toBeNaN();
  });

  it('does not decrease between neighbouring doubles on a fine sweep (ranks on keys match ranks on values)', () => {
    let drops = 0;
    for (let x = -6; x < 6; x += 3e-4) {
      const up = x + Math.abs(x) * 2 ** -52;
      if (fastExp(up) < fastExp(x)) drops++;
    }
    expect(drops).toBe(0);
  });
});

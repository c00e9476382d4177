import { describe, expect, it } from 'vitest';
import { DoseResponseFit } from '../../../../src/core/mcpmod/fit/doseResponseFit.ts';
import { RandomStream } from '../../../../src/core/random/index.ts';

/** Profiled between-arm RSS of the sigmoid Emax at (ED50, h), written out independently of the fit's code. */
function profiledRss(doses: number[], m: number[], y: number[], ed50: number, h: number): number {
  const z = doses.map((d) => (d > 0 ? d ** h / (ed50 ** h + d ** h) : 0));
  const W = m.reduce((a, b) => a + b, 0);
  const zb = z.reduce((a, zi, i) => a + m[i] * zi, 0) / W;
  const yb = y.reduce((a, yi, i) => a + m[i] * yi, 0) / W;
  let szz = 0;
  let szy = 0;
  let syy = 0;
  for (let i = 0; i < z.length; i++) {
    szz += m[i] * (z[i] - zb) ** 2;
    szy += m[i] * (z[i] - zb) * (y[i] - yb);
    syy += m[i] * (y[i] - yb) ** 2;
  }
  return syy - (szy * szy) / szz;
}

describe('sigmoid Emax search: never worse than a dense grid over the bounds', () => {
  it('30 random data sets around several shapes: RSS ≤ the best of a 160 × 80 grid', () => {
    const stream = new RandomStream('test/sigEmaxSearch');
    const doses = [0, 1, 2, 4, 8];
    const m = [25, 20, 20, 20, 25];
    const fit = new DoseResponseFit('sigEmax', doses);
    let worse = 0;
    for (let rep = 0; rep < 30; rep++) {
      const ed50 = 0.5 + 6 * stream.uniform();
      const h = 0.7 + 5 * stream.uniform();
      const y = doses.map((d, i) => (d > 0 ? d ** h / (ed50 ** h + d ** h) : 0) + (stream.normal() * 0.4) / Math.sqrt(m[i]));
      fit.fit({ m, mean: y, ss: m.map((n) => n - 1) });
      let best = Infinity;
      for (let a = 0; a < 160; a++) {
        const e = 0.008 + (a / 159) * (12 - 0.008);
        for (let b = 0; b < 80; b++) best = Math.min(best, profiledRss(doses, m, y, e, 0.5 + (b / 79) * 9.5));
      }
      const ours = fit.rss - m.reduce((a, n) => a + n - 1, 0);
      if (ours > best + 1e-9 * (1 + best)) worse++;
      expect(ours, `rep ${rep}`).toBeLessThanOrEqual(best * (1 + 1e-3) + 1e-12);
    }
    expect(worse).toBe(0);
  }, 20_000);
});

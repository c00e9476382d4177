import { describe, expect, it } from 'vitest';
import { candidateContrasts } from '../../../src/core/mcpmod/contrasts.ts';
import { maxContrastPower } from '../../../src/core/mcpmod/maxContrastPower.ts';
import { fx } from './fixtures.ts';

describe('maxContrastPower (multivariate noncentral t)', () => {
  it('matches Gauss–Legendre in S × scipy multivariate_normal.cdf to its error + 1e-4', () => {
    fx.power.forEach((r, i) => {
      const c = fx.contrasts[i];
      const p = maxContrastPower(candidateContrasts(c.candidates, c.doses, c.n), c.n, r.means, r.sd, 1, r.alpha);
      expect(Math.abs(p.critical - r.q)).toBeLessThan(2e-3);
      // the reference used its own q: allow for the power curve moving by ≤ 0.5·Δq
      expect(Math.abs(p.power - r.power), r.case).toBeLessThan(p.error + 0.5 * Math.abs(p.critical - r.q) + 1e-4);
    });
  });

  it('is α with no effect and falls with the sd', () => {
    const c = fx.contrasts[1];
    const C = candidateContrasts(c.candidates, c.doses, c.n);
    const flat = maxContrastPower(C, c.n, [1, 1, 1, 1], 1, 1, 0.05);
    expect(Math.abs(flat.power - 0.05)).toBeLessThan(flat.error + 1e-4);
    const means = [0, 0.2, 0.4, 0.5];
    expect(maxContrastPower(C, c.n, means, 2, 1, 0.05).power).toBeLessThan(maxContrastPower(C, c.n, means, 1, 1, 0.05).power);
    // lower-is-better: mirrored means, same power
    const up = maxContrastPower(C, c.n, means, 1, 1, 0.05).power;
    expect(maxContrastPower(C, c.n, means.map((m) => -m), 1, -1, 0.05).power).toBeCloseTo(up, 12);
  });
});

import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../src/core/random/index.ts';
import type { RandomSource } from '../../../src/core/random/source.ts';

/**
 * The sampler as it was before its extra squeeze (Marsaglia & Tsang 2000 with only their squeeze, and the
 * boost for shape < 1), copied here: the squeeze must leave every draw the same bits.
 */
function reference(s: RandomSource, shape: number): number {
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  let g: number;
  for (;;) {
    const z = s.normal();
    let v = 1 + c * z;
    if (v <= 0) continue;
    v = v * v * v;
    const u = s.uniform();
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
      g = d * v;
      break;
    }
  }
  if (!boosted) return g;
  const u = s.uniform();
  const inv = 1 / shape;
  return inv === 2 ? g * u * u : g * Math.exp(Math.log(u) * inv);
}

describe('gamma: the extra squeeze changes no draw', () => {
  // Small shapes (large c, x = cZ often below −1/2), the boost, and the summary shortcut's shapes (df/2).
  for (const shape of [0.2, 0.5, 1, 1.5, 2.5, 4.5, 24.5, 99.5, 5000]) {
    it(`shape ${shape}: 100k draws equal to the reference sampler's, bit for bit, and the streams stay in step`, () => {
      const a = new RandomStream(`squeeze-${shape}`);
      const b = new RandomStream(`squeeze-${shape}`);
      let differ = 0;
      for (let i = 0; i < 100_000; i++) if (!Object.is(a.gamma(shape), reference(b, shape))) differ++;
      expect(differ).toBe(0);
      expect(a.int32()).toBe(b.int32());
    });
  }

  it('chiSquare(m − 1) for the summary shortcut: the same bits as 2·reference((m − 1)/2)', () => {
    const a = new RandomStream('squeeze-chi');
    const b = new RandomStream('squeeze-chi');
    for (let i = 0; i < 100_000; i++) {
      const df = 2 + (i % 60);
      expect(a.chiSquare(df)).toBe(2 * reference(b, df / 2));
    }
  });
});

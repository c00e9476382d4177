import { describe, expect, it } from 'vitest';
import { DoseResponseFit } from '../../../../src/core/mcpmod/fit/doseResponseFit.ts';
import { fittedTargetDose } from '../../../../src/core/mcpmod/fit/targetDose.ts';
import { fits, na } from './fitFixtures.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('DoseResponseFit against DoseFinding fitMod (type "normal", raw data)', () => {
  for (const ds of fits.datasets) {
    const { doses } = ds.data;
    const maxDose = Math.max(...doses);
    const sign = ds.direction === 'decreasing' ? -1 : 1;
    for (const ref of ds.fits) {
      it(`${ds.name}: ${ref.model} TD from fitMod's own coefficients (TD, TDtype "continuous")`, () => {
        const td = fittedTargetDose(ref.model, Object.values(ref.coefs), ds.off, ds.Delta, sign, maxDose);
        const want = na(ref.td) <= maxDose ? na(ref.td) : NaN;
        if (Number.isNaN(want)) expect(td).toBeNaN();
        else expect(rel(td, want), `TD ${td} vs ${want}`).toBeLessThan(1e-12);
      });

      it(`${ds.name}: ${ref.model}`, () => {
        const f = new DoseResponseFit(ref.model, doses, { offset: ds.off });
        expect(f.fit(ds.data)).toBe(true);
        const coefs = Object.values(ref.coefs);
        // Never a worse optimum than fitMod's, nor than the dense global search's.
        expect(f.rss, 'RSS').toBeLessThanOrEqual(ref.rss * (1 + 1e-9));
        if (ref.global) expect(f.rss, 'RSS vs global').toBeLessThanOrEqual(ref.global.rss * (1 + 1e-9));
        // Parameters and TD as fitMod's to 1e-4 where fitMod reached our optimum (RSS within 1e-9). Where ours is lower
        // (fitMod's Brent stops ~1e-8·ED50 short of a bound; its nlminb stops early in a flat sigmoid Emax valley, 4.5e-8
        // above the optimum with ED50 6% away), the nonlinear parameters as the dense global search's to 1e-3.
        const same = ref.rss <= f.rss * (1 + 1e-9);
        if (same) coefs.forEach((c, j) => expect(rel(f.coefs[j], c), `coef ${j}: ${f.coefs[j]} vs ${c}`).toBeLessThan(1e-4));
        else {
          const nl = ([] as number[]).concat(ref.global!.nl);
          nl.forEach((v, j) => expect(rel(f.coefs[2 + j], v), `${f.coefs[2 + j]} vs global ${v}`).toBeLessThan(1e-3));
        }
        // AIC = N(log 2π + 1 + log(RSS/N)) + 2(p + 1): the same formula, so AIC − AIC_R = N·log(RSS/RSS_R) exactly.
        const N = ds.data.m.reduce((a, b) => a + b, 0);
        expect(Math.abs(f.aic - ref.aic - N * Math.log(f.rss / ref.rss)), `AIC ${f.aic} vs ${ref.aic}`).toBeLessThan(1e-8);
        const td = fittedTargetDose(ref.model, f.coefs, f.offset, ds.Delta, sign, maxDose);
        const want = na(ref.td) <= maxDose ? na(ref.td) : NaN; // TD past the top dose: none
        if (!same) return;
        if (Number.isNaN(want)) expect(td).toBeNaN();
        else expect(rel(td, want), `TD ${td} vs ${want}`).toBeLessThan(1e-4);
      });
    }
  }
});
